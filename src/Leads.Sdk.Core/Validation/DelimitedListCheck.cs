namespace Leads.Sdk.Validation;

/// <summary>A text is a delimited list without empty items.</summary>
internal sealed class DelimitedListCheck<T>(string name, char separator) : PropertyCheck<T, string?>(ValidationRules.Pattern)
{
    public override bool IsValid(T owner, string? value) => HasNoEmptyItems(value!, separator);

    public override string Message(string? value) => $"{name} must be a '{separator}'-delimited list without empty items.";

    // Walks the items in place: splitting would allocate an array and a string per item for every valid value.
    private static bool HasNoEmptyItems(string value, char separator)
    {
        var rest = value.AsSpan();
        while (true)
        {
            var end = rest.IndexOf(separator);
            var item = end < 0 ? rest : rest[..end];
            if (item.IsWhiteSpace())
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            rest = rest[(end + 1)..];
        }
    }
}
