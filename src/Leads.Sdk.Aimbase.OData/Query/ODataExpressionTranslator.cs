using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// Translates a predicate tree into <c>$filter</c> text. Nothing is compiled: parts that do not touch the lambda's
/// parameter (captured locals, constants, <c>DateTimeOffset.UtcNow.AddDays(-7)</c>) are evaluated by walking the tree
/// with reflection, so it works where dynamic code is unavailable and no delegate is ever generated.
/// </summary>
internal static class ODataExpressionTranslator
{
    public static string Translate(LambdaExpression predicate)
        => Write(predicate.Body, predicate.Parameters[0], parentPrecedence: 0);

    public static string PathOf(Expression body, ParameterExpression parameter)
    {
        var path = TryPath(StripConvert(body), parameter);
        return path ?? throw new NotSupportedException($"'{body}' is not a property path of {parameter.Type.Name}; use a property access such as x => x.Prospect!.LastName.");
    }

    private static string Write(Expression node, ParameterExpression parameter, int parentPrecedence)
    {
        if (!DependsOn(node, parameter))
        {
            return ODataLiteral.Format(Evaluate(node));
        }

        switch (node)
        {
            case BinaryExpression binary:
                return WriteBinary(binary, parameter, parentPrecedence);
            case UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool) || not.Type == typeof(bool?):
                return $"not ({Write(not.Operand, parameter, 0)})";
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert:
                return Write(convert.Operand, parameter, parentPrecedence);
            case MemberExpression { Member.Name: "HasValue" } hasValue when Nullable.GetUnderlyingType(hasValue.Expression!.Type) is not null:
                return Wrap($"{Write(hasValue.Expression, parameter, 4)} ne null", 3, parentPrecedence);
            case MemberExpression member when TryPath(member, parameter) is { } path:
                return path;
            case MethodCallExpression call:
                return WriteCall(call, parameter);
            default:
                throw Unsupported(node);
        }
    }

    private static string WriteBinary(BinaryExpression binary, ParameterExpression parameter, int parentPrecedence)
    {
        var (op, precedence) = binary.NodeType switch
        {
            ExpressionType.OrElse or ExpressionType.Or when IsBoolean(binary) => ("or", 1),
            ExpressionType.AndAlso or ExpressionType.And when IsBoolean(binary) => ("and", 2),
            ExpressionType.Equal => ("eq", 3),
            ExpressionType.NotEqual => ("ne", 3),
            ExpressionType.GreaterThan => ("gt", 3),
            ExpressionType.GreaterThanOrEqual => ("ge", 3),
            ExpressionType.LessThan => ("lt", 3),
            ExpressionType.LessThanOrEqual => ("le", 3),
            ExpressionType.Add => ("add", 4),
            ExpressionType.Subtract => ("sub", 4),
            ExpressionType.Multiply => ("mul", 5),
            ExpressionType.Divide => ("div", 5),
            ExpressionType.Modulo => ("mod", 5),
            _ => throw Unsupported(binary),
        };

        // C# compares enums as their underlying numbers; the API's code fields are strings, so write the name.
        var left = WriteOperand(binary.Left, binary.Right, parameter, precedence);
        var right = WriteOperand(binary.Right, binary.Left, parameter, precedence + 1);
        return Wrap($"{left} {op} {right}", precedence, parentPrecedence);
    }

    private static string WriteOperand(Expression operand, Expression other, ParameterExpression parameter, int precedence)
    {
        if (!DependsOn(operand, parameter) && EnumTypeOf(other) is { } enumType)
        {
            var value = Evaluate(operand);
            return ODataLiteral.Format(value is null ? null : Enum.ToObject(enumType, value));
        }

        return Write(operand, parameter, precedence);
    }

    private static Type? EnumTypeOf(Expression node)
    {
        var type = StripConvert(node).Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum && node is UnaryExpression { NodeType: ExpressionType.Convert } ? type : null;
    }

    private static string WriteCall(MethodCallExpression call, ParameterExpression parameter)
    {
        var method = call.Method;
        if (method.DeclaringType == typeof(string) && call.Object is not null)
        {
            var target = Write(call.Object, parameter, 6);
            switch (method.Name)
            {
                case nameof(string.Contains) when call.Arguments.Count == 1:
                    return $"contains({target},{Write(call.Arguments[0], parameter, 0)})";
                case nameof(string.StartsWith) when call.Arguments.Count == 1:
                    return $"startswith({target},{Write(call.Arguments[0], parameter, 0)})";
                case nameof(string.EndsWith) when call.Arguments.Count == 1:
                    return $"endswith({target},{Write(call.Arguments[0], parameter, 0)})";
                case nameof(string.ToLower) or nameof(string.ToLowerInvariant) when call.Arguments.Count == 0:
                    return $"tolower({target})";
                case nameof(string.ToUpper) or nameof(string.ToUpperInvariant) when call.Arguments.Count == 0:
                    return $"toupper({target})";
                case nameof(string.Trim) when call.Arguments.Count == 0:
                    return $"trim({target})";
            }
        }

        // list.Contains(x.Field) and Enumerable.Contains(list, x.Field) → Field in (...)
        if (method.Name == nameof(Enumerable.Contains))
        {
            var (list, item) = call.Object is null && call.Arguments.Count >= 2
                ? (UnwrapSpan(call.Arguments[0]), call.Arguments[1])
                : (call.Object, call.Arguments.Count == 1 ? call.Arguments[0] : null);
            if (list is not null && item is not null && !DependsOn(list, parameter) && Evaluate(list) is IEnumerable values and not string)
            {
                return $"{Write(item, parameter, 6)} in {ODataLiteral.Format(values)}";
            }
        }

        throw Unsupported(call);
    }

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

    private static string? TryPath(Expression node, ParameterExpression parameter)
    {
        var segments = new Stack<string>();
        var current = StripConvert(node);
        while (current is MemberExpression member)
        {
            // x.Field.Value on a Nullable<T> is the field itself.
            if (!(member.Member.Name == "Value" && member.Expression is not null && Nullable.GetUnderlyingType(member.Expression.Type) is not null))
            {
                segments.Push(WireName(member.Member));
            }

            current = member.Expression is null ? null : StripConvert(member.Expression);
        }

        return current == parameter && segments.Count > 0 ? string.Join("/", segments) : null;
    }

    internal static string WireName(MemberInfo member)
        => member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? member.Name;

    private static Expression StripConvert(Expression node)
    {
        while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs } unary)
        {
            node = unary.Operand;
        }

        return node;
    }

    private static bool IsBoolean(BinaryExpression binary) => binary.Type == typeof(bool) || binary.Type == typeof(bool?);

    private static string Wrap(string text, int precedence, int parentPrecedence) => precedence < parentPrecedence ? $"({text})" : text;

    private static bool DependsOn(Expression node, ParameterExpression parameter)
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
                return call.Method.Invoke(instance, [.. call.Arguments.Select(Evaluate)]);
            case NewExpression { Constructor: not null } created:
                return created.Constructor.Invoke([.. created.Arguments.Select(Evaluate)]);
            case NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array:
                return array.Expressions.Select(Evaluate).ToList();
            default:
                throw Unsupported(node);
        }
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
