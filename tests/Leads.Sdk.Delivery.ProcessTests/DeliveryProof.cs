using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>
/// Holds the store's states against the emulator's request log, lead by lead (each lead's requests carry its marker
/// <c>dp000123q</c>): a LeadExec lead is Delivered and was processed exactly once; an Aimbase or CRM.COM lead is
/// Delivered and processed once, or Unknown and processed at most once; no lead was processed twice; no lead is left
/// Pending, Rejected or Expired; the store and the log name the same leads.
/// </summary>
internal sealed partial class DeliveryProof
{
    private static readonly Dictionary<string, string> LeadPaths = new(StringComparer.Ordinal)
    {
        ["LeadExec"] = "/processor/insert/",
        ["Aimbase"] = "/marketing/api/lead",
        ["CrmApi"] = "/crmapi/rest/v2/leads/create",
    };

    private DeliveryProof(List<string> violations, string summary)
    {
        Violations = violations;
        Summary = summary;
    }

    public IReadOnlyList<string> Violations { get; }

    public string Summary { get; }

    public static DeliveryProof Check(int expectedLeads, IReadOnlyList<StoredDelivery> store, IReadOnlyList<LoggedRequest> log)
    {
        var violations = new List<string>();
        var leadRequests = log
            .Where(r => r.Method == "POST" && LeadPaths.Values.Any(p => r.Path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(r => Markers(r.Body).Distinct().Select(marker => (Marker: marker, Request: r)))
            .ToLookup(x => x.Marker, x => x.Request);

        if (store.Count != expectedLeads)
        {
            violations.Add($"the store holds {store.Count} deliveries, {expectedLeads} were enqueued");
        }

        foreach (var delivery in store)
        {
            var processed = leadRequests[delivery.Marker].Count(r => r.Processed && r.Path.StartsWith(LeadPaths[delivery.Api], StringComparison.OrdinalIgnoreCase));
            var problem = (delivery.Api, delivery.State, processed) switch
            {
                (_, _, > 1) => $"processed {processed} times",
                ("LeadExec", "Delivered", 1) => null,
                ("LeadExec", _, _) => $"LeadExec lead {delivery.State} and processed {processed} times (must be Delivered, once)",
                (_, "Delivered", 1) => null,
                (_, "Delivered", _) => "Delivered but never processed by the emulator",
                (_, "Unknown", _) => null,
                _ => $"{delivery.State} (processed {processed} times)",
            };
            if (problem is not null)
            {
                violations.Add($"{delivery.Marker} ({delivery.Api}, {delivery.Attempts} attempts): {problem}");
            }
        }

        var stored = store.Select(d => d.Marker).ToHashSet(StringComparer.Ordinal);
        violations.AddRange(leadRequests.Select(g => g.Key).Where(m => !stored.Contains(m)).Select(m => $"{m}: in the emulator's log, not in the store"));

        var summary = new StringBuilder();
        foreach (var group in store.GroupBy(d => (d.Api, d.State)).OrderBy(g => g.Key))
        {
            summary.Append(CultureInfo.InvariantCulture, $"{group.Key.Api} {group.Key.State}: {group.Count()}; ");
        }

        summary.Append(CultureInfo.InvariantCulture, $"lead requests logged: {leadRequests.Sum(g => g.Count())}, processed: {leadRequests.Sum(g => g.Count(r => r.Processed))}; ");
        summary.Append(CultureInfo.InvariantCulture, $"LeadExec duplicate checks: {log.Count(r => r.Path.StartsWith("/processor/duplicate/", StringComparison.OrdinalIgnoreCase))}; ");
        summary.Append(CultureInfo.InvariantCulture, $"refused by a fault (not processed): {log.Count(r => !r.Processed)}");
        return new DeliveryProof(violations, summary.ToString());
    }

    private static IEnumerable<string> Markers(string body) => MarkerPattern().Matches(body).Select(m => m.Value);

    [GeneratedRegex("dp[0-9]{6}q")]
    private static partial Regex MarkerPattern();
}
