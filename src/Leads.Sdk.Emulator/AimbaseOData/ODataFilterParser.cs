using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>
/// Parses a decoded <c>$filter</c> into a predicate over <see cref="ODataEntity"/>: eq ne gt ge lt le, and or not,
/// in, add sub mul div mod, contains startswith endswith tolower toupper trim length, property paths across
/// navigation properties, and V4 literals (strings with doubled quotes, numbers, true/false/null, Guid,
/// DateTimeOffset, date). Anything else is a 400, as on the real server.
/// </summary>
internal sealed partial class ODataFilterParser
{
    private readonly List<string> _tokens;
    private readonly ODataDataSet _data;
    private int _position;

    private ODataFilterParser(string text, ODataDataSet data)
    {
        _tokens = Tokenize(text);
        _data = data;
    }

    public static Func<ODataEntity, bool> Parse(string text, ODataDataSet data)
    {
        var parser = new ODataFilterParser(text, data);
        var expression = parser.ParseOr();
        if (parser._position != parser._tokens.Count)
        {
            throw new ODataQueryException($"Syntax error at '{parser._tokens[parser._position]}' in $filter.");
        }

        return entity => expression(entity) is true;
    }

    /// <summary>Parses a value expression such as a property path (for <c>$orderby</c>).</summary>
    public static Func<ODataEntity, object?> ParseOperand(string text, ODataDataSet data)
    {
        var parser = new ODataFilterParser(text, data);
        var expression = parser.ParseAdditive();
        if (parser._position != parser._tokens.Count)
        {
            throw new ODataQueryException($"Syntax error at '{parser._tokens[parser._position]}' in $orderby.");
        }

        return expression;
    }

    /// <summary>Sort order of two values; nulls first.</summary>
    public static int Order(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        return Compare("lt", left, right) is true ? -1 : Compare("eq", left, right) is true ? 0 : 1;
    }

    /// <summary>Parses one literal (used by tests of the client's encoding).</summary>
    public static object? ParseLiteral(string text)
    {
        var tokens = Tokenize(text);
        return tokens.Count == 1 && TryLiteral(tokens[0], out var value) ? value : throw new ODataQueryException($"'{text}' is not a literal.");
    }

    private Func<ODataEntity, object?> ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            var (l, r) = (left, ParseAnd());
            left = e => l(e) is true || r(e) is true;
        }

        return left;
    }

    private Func<ODataEntity, object?> ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("and"))
        {
            var (l, r) = (left, ParseUnary());
            left = e => l(e) is true && r(e) is true;
        }

        return left;
    }

    private Func<ODataEntity, object?> ParseUnary()
    {
        if (Accept("not"))
        {
            var operand = ParseUnary();
            return e => operand(e) is bool b ? !b : null;
        }

        return ParseComparison();
    }

    private Func<ODataEntity, object?> ParseComparison()
    {
        var left = ParseAdditive();
        var op = Peek();
        switch (op)
        {
            case "eq" or "ne" or "gt" or "ge" or "lt" or "le":
                _position++;
                var right = ParseAdditive();
                return e => Compare(op, left(e), right(e));
            case "in":
                _position++;
                Expect("(");
                var items = new List<Func<ODataEntity, object?>>();
                do
                {
                    items.Add(ParseAdditive());
                }
                while (Accept(","));
                Expect(")");
                return e =>
                {
                    var value = left(e);
                    return items.Any(item => Compare("eq", value, item(e)) is true);
                };
            default:
                return left;
        }
    }

    private Func<ODataEntity, object?> ParseAdditive()
    {
        var left = ParsePrimary();
        while (Peek() is "add" or "sub" or "mul" or "div" or "mod")
        {
            var op = _tokens[_position++];
            var (l, r) = (left, ParsePrimary());
            left = e => Arithmetic(op, l(e), r(e));
        }

        return left;
    }

    private Func<ODataEntity, object?> ParsePrimary()
    {
        var token = Next();
        if (token == "(")
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        if (Peek() == "(" && token is "contains" or "startswith" or "endswith" or "tolower" or "toupper" or "trim" or "length")
        {
            _position++;
            var args = new List<Func<ODataEntity, object?>> { ParseOr() };
            while (Accept(","))
            {
                args.Add(ParseOr());
            }

            Expect(")");
            return Function(token, args);
        }

        if (TryLiteral(token, out var literal))
        {
            return _ => literal;
        }

        if (PathPattern().IsMatch(token))
        {
            var segments = token.Split('/');
            return e => Resolve(e, segments);
        }

        throw new ODataQueryException($"'{token}' is not a property, literal or function in $filter.");
    }

    private object? Resolve(ODataEntity entity, string[] segments)
    {
        ODataEntity? current = entity;
        for (var i = 0; i < segments.Length; i++)
        {
            if (current is null)
            {
                return null;
            }

            if (i < segments.Length - 1)
            {
                if (!_data.TryNavigate(current, segments[i], out current))
                {
                    throw new ODataQueryException($"'{segments[i]}' is not a navigation property of {entity.Type}.");
                }

                continue;
            }

            if (!current.Fields.TryGetValue(segments[i], out var value))
            {
                throw new ODataQueryException($"Could not find a property named '{segments[i]}' on type '{current.Type}'.");
            }

            return value;
        }

        return null;
    }

    private static Func<ODataEntity, object?> Function(string name, List<Func<ODataEntity, object?>> args)
    {
        var arity = name is "contains" or "startswith" or "endswith" ? 2 : 1;
        if (args.Count != arity)
        {
            throw new ODataQueryException($"{name} takes {arity} argument(s).");
        }

        return name switch
        {
            "contains" => e => Strings(args[0](e), args[1](e), (a, b) => a.Contains(b, StringComparison.Ordinal)),
            "startswith" => e => Strings(args[0](e), args[1](e), (a, b) => a.StartsWith(b, StringComparison.Ordinal)),
            "endswith" => e => Strings(args[0](e), args[1](e), (a, b) => a.EndsWith(b, StringComparison.Ordinal)),
            "tolower" => e => (args[0](e) as string)?.ToLowerInvariant(),
            "toupper" => e => (args[0](e) as string)?.ToUpperInvariant(),
            "trim" => e => (args[0](e) as string)?.Trim(),
            _ => e => (args[0](e) as string)?.Length,
        };
    }

    private static bool Strings(object? a, object? b, Func<string, string, bool> test)
        => a is null || b is null ? false
            : a is string x && b is string y ? test(x, y)
            : throw new ODataQueryException("String functions need string arguments.");

    private static bool Compare(string op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            var same = left is null && right is null;
            return op switch { "eq" => same, "ne" => !same, _ => false };
        }

        int order;
        switch (left, right)
        {
            case (string a, string b):
                order = string.CompareOrdinal(a, b);
                break;
            case (bool a, bool b):
                order = a.CompareTo(b);
                break;
            case (Guid a, Guid b):
                order = a.CompareTo(b);
                break;
            case (DateTimeOffset a, DateTimeOffset b):
                order = a.CompareTo(b);
                break;
            case (DateTimeOffset a, DateOnly b):
                order = DateOnly.FromDateTime(a.DateTime).CompareTo(b);
                break;
            default:
                if (IsNumber(left) && IsNumber(right))
                {
                    order = ToDecimal(left).CompareTo(ToDecimal(right));
                    break;
                }

                throw new ODataQueryException($"Cannot compare {left.GetType().Name} with {right.GetType().Name}.");
        }

        return op switch
        {
            "eq" => order == 0,
            "ne" => order != 0,
            "gt" => order > 0,
            "ge" => order >= 0,
            "lt" => order < 0,
            _ => order <= 0,
        };
    }

    private static object? Arithmetic(string op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (!IsNumber(left) || !IsNumber(right))
        {
            throw new ODataQueryException($"'{op}' needs numbers.");
        }

        var (a, b) = (ToDecimal(left), ToDecimal(right));
        return op switch { "add" => a + b, "sub" => a - b, "mul" => a * b, "div" => b == 0 ? null : a / b, _ => b == 0 ? null : a % b };
    }

    private static bool IsNumber(object value) => value is int or long or double or decimal or float;

    private static decimal ToDecimal(object value) => value is double d ? (decimal)d : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static bool TryLiteral(string token, out object? value)
    {
        value = null;
        if (token.Length >= 2 && token[0] == '\'')
        {
            value = token[1..^1].Replace("''", "'", StringComparison.Ordinal);
            return true;
        }

        switch (token)
        {
            case "null":
                return true;
            case "true" or "false":
                value = token == "true";
                return true;
        }

        if (GuidPattern().IsMatch(token))
        {
            value = Guid.Parse(token, CultureInfo.InvariantCulture);
            return true;
        }

        if (DateTimePattern().IsMatch(token))
        {
            value = DateTimeOffset.Parse(token, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            return true;
        }

        if (DatePattern().IsMatch(token))
        {
            value = DateOnly.ParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }

        if (IntegerPattern().IsMatch(token) && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            value = integer;
            return true;
        }

        if (DecimalPattern().IsMatch(token))
        {
            value = decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var literal = new StringBuilder("'");
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new ODataQueryException("Unterminated string literal in $filter.");
                    }

                    if (text[i] == '\'')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            literal.Append("''");
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    literal.Append(text[i++]);
                }

                tokens.Add(literal.Append('\'').ToString());
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not ',' and not '\'')
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private string? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    private string Next() => _position < _tokens.Count ? _tokens[_position++] : throw new ODataQueryException("Unexpected end of $filter.");

    private bool Accept(string token)
    {
        if (Peek() != token)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new ODataQueryException($"Expected '{token}' in $filter.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")]
    private static partial Regex DecimalPattern();
}
