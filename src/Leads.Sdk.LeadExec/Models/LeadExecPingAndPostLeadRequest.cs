namespace Leads.Sdk.LeadExec.Models;

/// <summary>A PING followed, if the order is good, by the POST of the full lead with the order's <c>orderid</c>.</summary>
public sealed class LeadExecPingAndPostLeadRequest
{
    /// <summary>The eligibility fields sent in the PING (required).</summary>
    public LeadExecLead? PingLead { get; set; }

    /// <summary>The full lead posted with the order ID (required).</summary>
    public LeadExecLead? Lead { get; set; }

    /// <summary>The insert type of the POST; <see cref="LeadExecPostType.General"/> by default.</summary>
    public LeadExecPostType PostType { get; set; } = LeadExecPostType.General;

    /// <summary>The lowest <c>EstimatedPrice</c> worth posting for; when the PING estimates less, nothing is posted.</summary>
    public decimal? MinimumPrice { get; set; }

    /// <summary>The <c>[response_type]</c> segment of both calls; <see cref="LeadExecClientOptions.ResponseFormat"/> when <see langword="null"/>.</summary>
    public LeadExecResponseFormat? ResponseFormat { get; set; }

    /// <summary>Overrides the configured credentials for both calls.</summary>
    public LeadExecCredentials? Credentials { get; set; }
}
