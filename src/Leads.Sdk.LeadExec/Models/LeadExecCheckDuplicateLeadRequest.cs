namespace Leads.Sdk.LeadExec.Models;

/// <summary>A duplicate check (<c>POST /processor/duplicate/check</c>): send only the fields that decide duplication, for example <c>Email</c>.</summary>
public sealed class LeadExecCheckDuplicateLeadRequest
{
    /// <summary>The fields to check (at least one).</summary>
    public LeadExecFieldCollection Fields { get; } = new();

    /// <summary>Form or JSON (the two documented); <see cref="LeadExecClientOptions.DefaultEncoding"/> when <see langword="null"/>.</summary>
    public LeadExecEncoding? Encoding { get; set; }

    /// <summary>Overrides the configured credentials; <c>aid</c> is required here.</summary>
    public LeadExecCredentials? Credentials { get; set; }
}
