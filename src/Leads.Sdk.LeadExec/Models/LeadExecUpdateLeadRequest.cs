namespace Leads.Sdk.LeadExec.Models;

/// <summary>An update of a stored lead (<c>POST /processor/update/{response_type}</c>), in form or JSON (the two documented).</summary>
public sealed class LeadExecUpdateLeadRequest
{
    /// <summary><c>lpleaduid</c> (form) / <c>properties.leadUID</c> (JSON): the lead to update (required, positive).</summary>
    public long LeadId { get; set; }

    /// <summary><c>processDelivery</c>: run the receiver's automation once the update completes (optional).</summary>
    public bool? ShouldProcessDelivery { get; set; }

    /// <summary>The fields to change.</summary>
    public LeadExecFieldCollection Fields { get; } = new();

    /// <summary>Form or JSON; <see cref="LeadExecClientOptions.DefaultEncoding"/> when <see langword="null"/>.</summary>
    public LeadExecEncoding? Encoding { get; set; }

    /// <summary>The <c>[response_type]</c> segment; <see cref="LeadExecClientOptions.ResponseFormat"/> when <see langword="null"/>.</summary>
    public LeadExecResponseFormat? ResponseFormat { get; set; }

    /// <summary>Overrides the configured <c>vid</c>/<c>lid</c> (the doc sends no password on update).</summary>
    public LeadExecCredentials? Credentials { get; set; }
}
