using System.Globalization;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>
/// Parses <c>$filter</c> and <c>$orderby</c> with Microsoft.OData.Core's reference parser over an EDM model of the
/// data set's entities, and evaluates the resulting trees against the in-memory entities. A query the reference parser
/// rejects, or one that uses a node kind not evaluated here, is a 400, as on the real server.
/// </summary>
internal sealed class ODataQueryEvaluator
{
    private const string Namespace = "Aimbase";

    private readonly ODataDataSet _data;
    private readonly EdmModel _model = new();
    private readonly EdmEntityType _lead;
    private readonly EdmEntitySet _leads;

    public ODataQueryEvaluator(ODataDataSet data)
    {
        _data = data;
        var types = new Dictionary<string, EdmEntityType>(StringComparer.Ordinal);
        foreach (var name in ODataDataSet.Navigations.Keys)
        {
            var type = new EdmEntityType(Namespace, name);
            var fields = data.All(name).SelectMany(e => e.Fields).GroupBy(f => f.Key, StringComparer.Ordinal);
            foreach (var field in fields)
            {
                if (Kind(field.Key, field.FirstOrDefault(f => f.Value is not null).Value) is { } kind)
                {
                    var property = type.AddStructuralProperty(field.Key, kind, isNullable: field.Key != "Id");
                    if (field.Key == "Id")
                    {
                        type.AddKeys(property);
                    }
                }
            }

            _model.AddElement(type);
            types[name] = type;
        }

        foreach (var (name, navigations) in ODataDataSet.Navigations)
        {
            foreach (var (property, (target, _)) in navigations)
            {
                types[name].AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                {
                    Name = property, Target = types[target], TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
                });
            }
        }

        var container = new EdmEntityContainer(Namespace, "Container");
        _model.AddElement(container);
        _lead = types["Lead"];
        _leads = container.AddEntitySet("Leads", _lead);
    }

    public Func<ODataEntity, bool> Filter(string text)
    {
        var expression = Parse("$filter", text, parser => parser.ParseFilter()).Expression;
        return entity => Evaluate(expression, entity) is true;
    }

    public IEnumerable<ODataEntity> Order(IEnumerable<ODataEntity> leads, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return leads.OrderBy(l => (int)l["Id"]!);
        }

        var comparer = Comparer<object?>.Create(Order);
        IOrderedEnumerable<ODataEntity>? ordered = null;
        for (var clause = Parse("$orderby", text, parser => parser.ParseOrderBy()); clause is not null; clause = clause.ThenBy)
        {
            var expression = clause.Expression;
            Func<ODataEntity, object?> key = entity => Evaluate(expression, entity);
            var descending = clause.Direction == OrderByDirection.Descending;
            ordered = ordered is null
                ? (descending ? leads.OrderByDescending(key, comparer) : leads.OrderBy(key, comparer))
                : (descending ? ordered.ThenByDescending(key, comparer) : ordered.ThenBy(key, comparer));
        }

        return ordered!.ThenBy(l => (int)l["Id"]!);
    }

    /// <summary>Sort order of two values; nulls first.</summary>
    private static int Order(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        return Compare(BinaryOperatorKind.LessThan, left, right) ? -1 : Compare(BinaryOperatorKind.Equal, left, right) ? 0 : 1;
    }

    private T Parse<T>(string option, string text, Func<ODataQueryOptionParser, T> parse)
    {
        try
        {
            var parser = new ODataQueryOptionParser(_model, _lead, _leads, new Dictionary<string, string> { [option] = text });
            return parse(parser);
        }
        catch (ODataException exception)
        {
            throw new ODataQueryException(exception.Message);
        }
    }

    private static EdmPrimitiveTypeKind? Kind(string name, object? sample) => sample switch
    {
        int => EdmPrimitiveTypeKind.Int32,
        long => EdmPrimitiveTypeKind.Int64,
        double => EdmPrimitiveTypeKind.Double,
        decimal => EdmPrimitiveTypeKind.Decimal,
        bool => EdmPrimitiveTypeKind.Boolean,
        string => EdmPrimitiveTypeKind.String,
        Guid => EdmPrimitiveTypeKind.Guid,
        DateTimeOffset => EdmPrimitiveTypeKind.DateTimeOffset,
        null when name.EndsWith("Date", StringComparison.Ordinal) => EdmPrimitiveTypeKind.DateTimeOffset,
        null when name.EndsWith("Id", StringComparison.Ordinal) => EdmPrimitiveTypeKind.Int32,
        null => EdmPrimitiveTypeKind.String,
        _ => null, // Customs and Metadata: open dictionaries, not filterable.
    };

    private object? Evaluate(QueryNode node, ODataEntity entity)
    {
        switch (node)
        {
            case ConstantNode constant:
#pragma warning disable CS0618 // ODL 8 still hands date literals over as Microsoft.OData.Edm.Date.
                return constant.Value is Date date ? new DateOnly(date.Year, date.Month, date.Day) : constant.Value;
#pragma warning restore CS0618
            case ConvertNode convert:
                return Evaluate(convert.Source, entity);
            case SingleValuePropertyAccessNode access:
                return Resource(access.Source, entity)?[access.Property.Name];
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                return Evaluate(not.Operand, entity) is bool b ? !b : null;
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Negate } negate:
                return Evaluate(negate.Operand, entity) is { } value ? -ToDecimal(value) : null;
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Or } or:
                return Evaluate(or.Left, entity) is true || Evaluate(or.Right, entity) is true;
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and:
                return Evaluate(and.Left, entity) is true && Evaluate(and.Right, entity) is true;
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Modulo } arithmetic:
                return Arithmetic(arithmetic.OperatorKind, Evaluate(arithmetic.Left, entity), Evaluate(arithmetic.Right, entity));
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } comparison:
                return Compare(comparison.OperatorKind, Evaluate(comparison.Left, entity), Evaluate(comparison.Right, entity));
            case InNode { Right: CollectionConstantNode items } @in:
                var left = Evaluate(@in.Left, entity);
                return items.Collection.Any(item => Compare(BinaryOperatorKind.Equal, left, item.Value));
            case SingleValueFunctionCallNode call:
                var args = call.Parameters.Select(p => Evaluate(p, entity)).ToList();
                return (call.Name, args.Count) switch
                {
                    ("contains", 2) => Strings(args[0], args[1], (a, b) => a.Contains(b, StringComparison.Ordinal)),
                    ("startswith", 2) => Strings(args[0], args[1], (a, b) => a.StartsWith(b, StringComparison.Ordinal)),
                    ("endswith", 2) => Strings(args[0], args[1], (a, b) => a.EndsWith(b, StringComparison.Ordinal)),
                    ("tolower", 1) => (args[0] as string)?.ToLowerInvariant(),
                    ("toupper", 1) => (args[0] as string)?.ToUpperInvariant(),
                    ("trim", 1) => (args[0] as string)?.Trim(),
                    ("length", 1) => (args[0] as string)?.Length,
                    _ => throw new ODataQueryException($"The function '{call.Name}' is not supported."),
                };
            default:
                throw new ODataQueryException($"A query node of kind '{node.Kind}' is not supported.");
        }
    }

    private ODataEntity? Resource(QueryNode node, ODataEntity entity) => node switch
    {
        ResourceRangeVariableReferenceNode => entity,
        SingleNavigationNode navigation => Resource(navigation.Source, entity) is { } source && _data.TryNavigate(source, navigation.NavigationProperty.Name, out var related)
            ? related
            : null,
        _ => throw new ODataQueryException($"A query node of kind '{node.Kind}' is not supported."),
    };

    private static bool Strings(object? a, object? b, Func<string, string, bool> test)
        => a is string x && b is string y && test(x, y);

    private static bool Compare(BinaryOperatorKind op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            var same = left is null && right is null;
            return op switch { BinaryOperatorKind.Equal => same, BinaryOperatorKind.NotEqual => !same, _ => false };
        }

        var order = (left, right) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (bool a, bool b) => a.CompareTo(b),
            (Guid a, Guid b) => a.CompareTo(b),
            (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
            (DateTimeOffset a, DateOnly b) => DateOnly.FromDateTime(a.DateTime).CompareTo(b),
            _ when IsNumber(left) && IsNumber(right) => ToDecimal(left).CompareTo(ToDecimal(right)),
            _ => throw new ODataQueryException($"Cannot compare {left.GetType().Name} with {right.GetType().Name}."),
        };

        return op switch
        {
            BinaryOperatorKind.Equal => order == 0,
            BinaryOperatorKind.NotEqual => order != 0,
            BinaryOperatorKind.GreaterThan => order > 0,
            BinaryOperatorKind.GreaterThanOrEqual => order >= 0,
            BinaryOperatorKind.LessThan => order < 0,
            _ => order <= 0,
        };
    }

    private static decimal? Arithmetic(BinaryOperatorKind op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        var (a, b) = (ToDecimal(left), ToDecimal(right));
        return op switch
        {
            BinaryOperatorKind.Add => a + b,
            BinaryOperatorKind.Subtract => a - b,
            BinaryOperatorKind.Multiply => a * b,
            BinaryOperatorKind.Divide => b == 0 ? null : a / b,
            _ => b == 0 ? null : a % b,
        };
    }

    private static bool IsNumber(object value) => value is int or long or double or decimal or float or short or byte or sbyte;

    private static decimal ToDecimal(object value) => IsNumber(value)
        ? (value is double d ? (decimal)d : value is float f ? (decimal)f : Convert.ToDecimal(value, CultureInfo.InvariantCulture))
        : throw new ODataQueryException($"{value.GetType().Name} is not a number.");
}
