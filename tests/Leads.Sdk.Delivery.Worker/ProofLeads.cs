using System.Globalization;
using System.Text.RegularExpressions;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Delivery;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.Delivery.Worker;

/// <summary>
/// The leads the proofs deliver. Lead number n goes to API n % 3 (LeadExec, Aimbase, CRM.COM) and carries the marker
/// <c>dp000123q</c> (in the Aimbase last name, the LeadExec e-mail, the CRM.COM description), so each request in the
/// emulator's log names the lead it carried.
/// </summary>
internal static partial class ProofLeads
{
    public static string Marker(int number) => "dp" + number.ToString("D6", CultureInfo.InvariantCulture) + "q";

    public static LeadDeliveryApi ApiOf(int number, IReadOnlyList<LeadDeliveryApi> apis) => apis[number % apis.Count];

    /// <summary>Every marker a body carries (form-encoded, JSON or XML alike).</summary>
    public static IEnumerable<string> MarkersIn(string body) => MarkerPattern().Matches(body).Select(m => m.Value);

    public static Task<LeadDeliveryId> EnqueueAsync(ILeadOutbox outbox, int number, LeadDeliveryApi api, CancellationToken cancellationToken)
    {
        var marker = Marker(number);
        return api switch
        {
            LeadDeliveryApi.LeadExec => outbox.EnqueueAsync(LeadExec(marker), cancellationToken),
            LeadDeliveryApi.Aimbase => outbox.EnqueueAsync(Aimbase(marker), cancellationToken),
            _ => outbox.EnqueueAsync(Crm(marker), cancellationToken),
        };
    }

    /// <summary>The marker a stored delivery's request carries.</summary>
    public static string? MarkerOf(LeadDelivery delivery)
    {
        var text = delivery.Api switch
        {
            LeadDeliveryApi.LeadExec => delivery.LeadExecRequest?.Lead?.Fields["Email"],
            LeadDeliveryApi.Aimbase => delivery.AimbaseLead?.LastName,
            _ => delivery.CrmRequest?.Description,
        };
        return text is null ? null : MarkersIn(text).FirstOrDefault();
    }

    private static LeadExecCreateLeadRequest LeadExec(string marker)
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "Proof");
        lead.Fields.Add("LastName", "Lead");
        lead.Fields.Add("Email", marker + "@proof.example");
        return new LeadExecCreateLeadRequest { Lead = lead };
    }

    private static AimbaseLead Aimbase(string marker) => new AimbaseLeadBuilder
        {
            LeadSourceName = "Website",
            LeadTypeName = "Request Brochure",
            LeadCategoryName = "Referral Traffic",
            LastName = marker,
            CountryCode = "US",
        }
        .WithBrands("FLXR")
        .WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn)
        .Build();

    private static CrmCreateLeadRequest Crm(string marker) => new CrmCreateLeadRequestBuilder(
            CrmLeadImportance.Importance2,
            CrmLeadPriority.Priority2,
            CrmEntityIdentifier.ByName("Sales"),
            CrmContactInformationIdentifier.ById("C1"),
            CrmLeadSource.Named(CrmLeadSourceType.Other, "Walk-in"))
        .WithDescription(marker)
        .Build();

    [GeneratedRegex("dp[0-9]{6}q")]
    private static partial Regex MarkerPattern();
}
