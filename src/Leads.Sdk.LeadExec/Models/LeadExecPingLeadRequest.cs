namespace Leads.Sdk.LeadExec.Models;

/// <summary>
/// A PING (<c>POST /processor/insert/ping/{response_type}</c>): asks whether a lead would be bought, with only the
/// fields that decide eligibility (leave contact details out, as the doc asks).
/// </summary>
public sealed class LeadExecPingLeadRequest
{
    /// <summary>The eligibility fields (required); only <see cref="LeadExecLead.Fields"/> is sent.</summary>
    public LeadExecLead? Lead { get; set; }

    /// <summary>Form or JSON (the two the doc shows for PING); <see cref="LeadExecClientOptions.DefaultEncoding"/> when <see langword="null"/>.</summary>
    public LeadExecEncoding? Encoding { get; set; }

    /// <summary>The <c>[response_type]</c> segment; <see cref="LeadExecClientOptions.ResponseFormat"/> when <see langword="null"/>.</summary>
    public LeadExecResponseFormat? ResponseFormat { get; set; }

    /// <summary>Overrides the configured credentials; <c>aid</c> is required for PING.</summary>
    public LeadExecCredentials? Credentials { get; set; }

    /// <summary><c>returnurl</c> for a queued PING; <see cref="LeadExecClientOptions.DefaultReturnUrl"/> when <see langword="null"/>.</summary>
    public Uri? ReturnUrl { get; set; }
}
