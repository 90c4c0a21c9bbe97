namespace Leads.Sdk.Aimbase.Models;

/// <summary>
/// A custom field of a lead (the doc's Custom Data Schema): set on the lead's custom field of that name, or added to
/// the lead's generic metadata when the application defines no such custom field.
/// </summary>
public sealed class AimbaseCustomField
{
    /// <summary>Creates an empty custom field.</summary>
    public AimbaseCustomField()
    {
    }

    /// <summary>Creates a custom field with a name and value.</summary>
    /// <param name="fieldName">The field name; required.</param>
    /// <param name="fieldValue">The value; required.</param>
    public AimbaseCustomField(string fieldName, string fieldValue)
    {
        FieldName = fieldName;
        FieldValue = fieldValue;
    }

    /// <summary>The field name. Required.</summary>
    public string? FieldName { get; set; }

    /// <summary>The value. Required.</summary>
    public string? FieldValue { get; set; }
}
