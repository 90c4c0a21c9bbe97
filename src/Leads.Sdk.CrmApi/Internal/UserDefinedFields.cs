namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// The sixteen user-defined fields of a lead, kept apart from <see cref="Models.CrmCreateLeadRequest"/> and
/// <see cref="Models.CrmCreateLeadResult"/> and created on first set: most leads use none of them, and inline they made each of
/// those objects ~220 B larger on every call.
/// </summary>
internal sealed class UserDefinedFields
{
    public string? String1 { get; set; }

    public string? String2 { get; set; }

    public string? String3 { get; set; }

    public string? String4 { get; set; }

    public string? String5 { get; set; }

    public string? String6 { get; set; }

    public string? String7 { get; set; }

    public string? String8 { get; set; }

    public double? Float1 { get; set; }

    public double? Float2 { get; set; }

    public double? Float3 { get; set; }

    public double? Float4 { get; set; }

    public DateTimeOffset? Date1 { get; set; }

    public DateTimeOffset? Date2 { get; set; }

    public DateTimeOffset? Date3 { get; set; }

    public DateTimeOffset? Date4 { get; set; }
}
