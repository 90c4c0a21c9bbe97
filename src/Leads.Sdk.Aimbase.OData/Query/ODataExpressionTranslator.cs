using System.Collections;
using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// Translates a predicate tree into <c>$filter</c> text. Nothing is compiled: parts that do not touch the lambda's
/// parameter (captured locals, constants, <c>DateTimeOffset.UtcNow.AddDays(-7)</c>) are evaluated by walking the tree
/// with reflection, so it works where dynamic code is unavailable and no delegate is ever generated.
/// The text is written in one pass into one pooled buffer; wire names are looked up once per property.
/// </summary>
internal static class ODataExpressionTranslator
{
    private static readonly ConcurrentDictionary<MemberInfo, string> WireNames = new();

    public static string Translate(LambdaExpression predicate)
    {
        var builder = new ODataTextBuilder(256);
        try
        {
            Write(ref builder, predicate.Body, predicate.Parameters[0], parentPrecedence: 0);
            return builder.ToStringAndRelease();
        }
        finally
        {
            builder.Release();
        }
    }

    public static string PathOf(Expression body, ParameterExpression parameter)
    {
        var node = StripConvert(body);
        if (!IsPath(node, parameter))
        {
            throw new NotSupportedException($"'{body}' is not a property path of {parameter.Type.Name}; use a property access such as x => x.Prospect!.LastName.");
        }

        var builder = new ODataTextBuilder(64);
        try
        {
            WritePath(ref builder, node, start: 0);
            return builder.ToStringAndRelease();
        }
        finally
        {
            builder.Release();
        }
    }

    internal static string WireName(MemberInfo member) => WireNames.GetOrAdd(member, ReadWireName);

    private static string ReadWireName(MemberInfo member)
        => member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? member.Name;

    private static void Write(ref ODataTextBuilder builder, Expression node, ParameterExpression parameter, int parentPrecedence)
    {
        if (!DependsOn(node, parameter))
        {
            ODataLiteral.Write(ref builder, Evaluate(node));
            return;
        }

        switch (node)
        {
            case BinaryExpression binary:
                WriteBinary(ref builder, binary, parameter, parentPrecedence);
                return;
            case UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool) || not.Type == typeof(bool?):
                builder.Append("not (");
                Write(ref builder, not.Operand, parameter, 0);
                builder.Append(')');
                return;
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert:
                Write(ref builder, convert.Operand, parameter, parentPrecedence);
                return;
            case MemberExpression { Member.Name: "HasValue" } hasValue when Nullable.GetUnderlyingType(hasValue.Expression!.Type) is not null:
                var wrap = OpenIfLower(ref builder, 3, parentPrecedence);
                Write(ref builder, hasValue.Expression, parameter, 4);
                builder.Append(" ne null");
                CloseIf(ref builder, wrap);
                return;
            case MemberExpression member when IsPath(member, parameter):
                WritePath(ref builder, member, builder.Length);
                return;
            case MethodCallExpression call:
                WriteCall(ref builder, call, parameter);
                return;
            default:
                throw Unsupported(node);
        }
    }

    private static void WriteBinary(ref ODataTextBuilder builder, BinaryExpression binary, ParameterExpression parameter, int parentPrecedence)
    {
        var (op, precedence) = binary.NodeType switch
        {
            ExpressionType.OrElse or ExpressionType.Or when IsBoolean(binary) => (" or ", 1),
            ExpressionType.AndAlso or ExpressionType.And when IsBoolean(binary) => (" and ", 2),
            ExpressionType.Equal => (" eq ", 3),
            ExpressionType.NotEqual => (" ne ", 3),
            ExpressionType.GreaterThan => (" gt ", 3),
            ExpressionType.GreaterThanOrEqual => (" ge ", 3),
            ExpressionType.LessThan => (" lt ", 3),
            ExpressionType.LessThanOrEqual => (" le ", 3),
            ExpressionType.Add => (" add ", 4),
            ExpressionType.Subtract => (" sub ", 4),
            ExpressionType.Multiply => (" mul ", 5),
            ExpressionType.Divide => (" div ", 5),
            ExpressionType.Modulo => (" mod ", 5),
            _ => throw Unsupported(binary),
        };

        var wrap = OpenIfLower(ref builder, precedence, parentPrecedence);
        WriteOperand(ref builder, binary.Left, binary.Right, parameter, precedence);
        builder.Append(op);
        WriteOperand(ref builder, binary.Right, binary.Left, parameter, precedence + 1);
        CloseIf(ref builder, wrap);
    }

    // C# compares enums as their underlying numbers; the API's code fields are strings, so write the name.
    private static void WriteOperand(ref ODataTextBuilder builder, Expression operand, Expression other, ParameterExpression parameter, int precedence)
    {
        if (!DependsOn(operand, parameter) && EnumTypeOf(other) is { } enumType)
        {
            var value = Evaluate(operand);
            ODataLiteral.Write(ref builder, value is null ? null : Enum.ToObject(enumType, value));
            return;
        }

        Write(ref builder, operand, parameter, precedence);
    }

    private static Type? EnumTypeOf(Expression node)
    {
        if (node is not UnaryExpression { NodeType: ExpressionType.Convert })
        {
            return null;
        }

        var type = StripConvert(node).Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum ? type : null;
    }

    private static void WriteCall(ref ODataTextBuilder builder, MethodCallExpression call, ParameterExpression parameter)
    {
        var method = call.Method;
        if (method.DeclaringType == typeof(string) && call.Object is not null && StringFunction(method.Name, call.Arguments.Count) is { } function)
        {
            builder.Append(function);
            builder.Append('(');
            Write(ref builder, call.Object, parameter, 6);
            if (call.Arguments.Count == 1)
            {
                builder.Append(',');
                Write(ref builder, call.Arguments[0], parameter, 0);
            }

            builder.Append(')');
            return;
        }

        // list.Contains(x.Field) and Enumerable.Contains(list, x.Field) → Field in (...)
        if (method.Name == nameof(Enumerable.Contains))
        {
            var (list, item) = call.Object is null && call.Arguments.Count >= 2
                ? (UnwrapSpan(call.Arguments[0]), call.Arguments[1])
                : (call.Object, call.Arguments.Count == 1 ? call.Arguments[0] : null);
            if (list is not null && item is not null && !DependsOn(list, parameter) && Evaluate(list) is IEnumerable values and not string)
            {
                Write(ref builder, item, parameter, 6);
                builder.Append(" in ");
                ODataLiteral.Write(ref builder, values);
                return;
            }
        }

        throw Unsupported(call);
    }

    private static string? StringFunction(string method, int arguments) => (method, arguments) switch
    {
        (nameof(string.Contains), 1) => "contains",
        (nameof(string.StartsWith), 1) => "startswith",
        (nameof(string.EndsWith), 1) => "endswith",
        (nameof(string.ToLower) or nameof(string.ToLowerInvariant), 0) => "tolower",
        (nameof(string.ToUpper) or nameof(string.ToUpperInvariant), 0) => "toupper",
        (nameof(string.Trim), 0) => "trim",
        _ => null,
    };

    // C# 14 binds array.Contains(x) to MemoryExtensions.Contains(ReadOnlySpan<T>, T) through an implicit span
    // conversion; a span cannot be produced by reflection, so read the array under the conversion instead.
    private static Expression UnwrapSpan(Expression node)
    {
        var type = node.Type.IsGenericType ? node.Type.GetGenericTypeDefinition() : null;
        if (type != typeof(ReadOnlySpan<>) && type != typeof(Span<>))
        {
            return node;
        }

        return node switch
        {
            MethodCallExpression { Method.Name: "op_Implicit", Arguments: [var source] } => source,
            UnaryExpression { NodeType: ExpressionType.Convert } convert => convert.Operand,
            _ => throw Unsupported(node),
        };
    }

    // A chain of member accesses that starts at the parameter and names at least one property (x.Field.Value on a
    // Nullable<T> is the field itself, so it is not a segment).
    private static bool IsPath(Expression node, ParameterExpression parameter)
    {
        var segments = 0;
        var current = StripConvert(node);
        while (current is MemberExpression member)
        {
            if (!IsNullableValue(member))
            {
                segments++;
            }

            current = member.Expression is null ? null : StripConvert(member.Expression);
        }

        return current == parameter && segments > 0;
    }

    // Writes the segments of a path checked by IsPath, root first, separated by '/'.
    private static void WritePath(ref ODataTextBuilder builder, Expression node, int start)
    {
        if (node is not MemberExpression member)
        {
            return;
        }

        if (member.Expression is not null)
        {
            WritePath(ref builder, StripConvert(member.Expression), start);
        }

        if (IsNullableValue(member))
        {
            return;
        }

        if (builder.Length > start)
        {
            builder.Append('/');
        }

        builder.Append(WireName(member.Member));
    }

    private static bool IsNullableValue(MemberExpression member)
        => member.Member.Name == "Value" && member.Expression is not null && Nullable.GetUnderlyingType(member.Expression.Type) is not null;

    private static Expression StripConvert(Expression node)
    {
        while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs } unary)
        {
            node = unary.Operand;
        }

        return node;
    }

    private static bool IsBoolean(BinaryExpression binary) => binary.Type == typeof(bool) || binary.Type == typeof(bool?);

    private static bool OpenIfLower(ref ODataTextBuilder builder, int precedence, int parentPrecedence)
    {
        if (precedence >= parentPrecedence)
        {
            return false;
        }

        builder.Append('(');
        return true;
    }

    private static void CloseIf(ref ODataTextBuilder builder, bool wrapped)
    {
        if (wrapped)
        {
            builder.Append(')');
        }
    }

    // The node kinds a filter is made of are walked directly (no visitor object per check); anything else falls back
    // to a full ExpressionVisitor.
    private static bool DependsOn(Expression? node, ParameterExpression parameter) => node switch
    {
        null or ConstantExpression => false,
        ParameterExpression found => found == parameter,
        MemberExpression member => DependsOn(member.Expression, parameter),
        UnaryExpression unary => DependsOn(unary.Operand, parameter),
        BinaryExpression { Conversion: null } binary => DependsOn(binary.Left, parameter) || DependsOn(binary.Right, parameter),
        MethodCallExpression call => DependsOn(call.Object, parameter) || AnyDependsOn(call.Arguments, parameter),
        NewExpression created => AnyDependsOn(created.Arguments, parameter),
        NewArrayExpression array => AnyDependsOn(array.Expressions, parameter),
        _ => VisitorFinds(node, parameter),
    };

    private static bool AnyDependsOn(ReadOnlyCollection<Expression> nodes, ParameterExpression parameter)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (DependsOn(nodes[i], parameter))
            {
                return true;
            }
        }

        return false;
    }

    private static bool VisitorFinds(Expression node, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(node);
        return finder.Found;
    }

    /// <summary>Evaluates a subtree that does not use the lambda's parameter, without compiling it.</summary>
    private static object? Evaluate(Expression node)
    {
        switch (node)
        {
            case ConstantExpression constant:
                return constant.Value;
            case MemberExpression member:
                var target = member.Expression is null ? null : Evaluate(member.Expression);
                return member.Member switch
                {
                    FieldInfo field => field.GetValue(target),
                    PropertyInfo property => property.GetValue(target),
                    _ => throw Unsupported(node),
                };
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert:
                return ConvertValue(Evaluate(convert.Operand), convert.Type);
            case UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } negate:
                return Negate(Evaluate(negate.Operand));
            case MethodCallExpression call:
                var instance = call.Object is null ? null : Evaluate(call.Object);
                return call.Method.Invoke(instance, EvaluateAll(call.Arguments));
            case NewExpression { Constructor: not null } created:
                return created.Constructor.Invoke(EvaluateAll(created.Arguments));
            case NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array:
                return new List<object?>(EvaluateAll(array.Expressions));
            default:
                throw Unsupported(node);
        }
    }

    private static object?[] EvaluateAll(ReadOnlyCollection<Expression> nodes)
    {
        var values = new object?[nodes.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(nodes[i]);
        }

        return values;
    }

    private static object? ConvertValue(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        if (target.IsEnum)
        {
            return Enum.ToObject(target, value);
        }

        return value is IConvertible && typeof(IConvertible).IsAssignableFrom(target)
            ? System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture)
            : value;
    }

    private static object? Negate(object? value) => value switch
    {
        int number => -number,
        long number => -number,
        double number => -number,
        float number => -number,
        decimal number => -number,
        TimeSpan span => -span,
        _ => throw new NotSupportedException($"Cannot negate {value?.GetType().Name ?? "null"} in a filter."),
    };

    private static NotSupportedException Unsupported(Expression node)
        => new($"'{node}' cannot be translated to an OData $filter. Use comparisons, &&, ||, !, string Contains/StartsWith/EndsWith, " +
               "or list Contains on model properties; compute other values into a local variable first, or use ODataFilter.Create($\"...\").");

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }
}
