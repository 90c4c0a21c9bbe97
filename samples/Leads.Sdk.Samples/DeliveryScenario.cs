using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Delivery;
using Leads.Sdk.Emulator;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>
/// The delivery outbox: enqueue one lead per API, let the hosted worker deliver them with the clients the other
/// scenarios registered (emulator or configured servers), then print what an operator sees. The outbox is a temporary
/// SQLite file, deleted when the scenario is disposed.
/// </summary>
internal sealed class DeliveryScenario : IScenario, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"leads-sample-outbox-{Guid.NewGuid():N}.db");

    // It delivers with the LeadExec, Aimbase and CRM.COM clients; the LeadExec section decides the target it reports.
    public string Section => "LeadExec";

    public string Title => "Delivery outbox";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
        => services.AddLeadDelivery(options =>
        {
            options.UseSqlite(_path);
            options.PollInterval = TimeSpan.FromMilliseconds(100);
            options.InitialRetryDelay = TimeSpan.FromSeconds(1);
        });

    // Asserts nothing about the servers' answers (a real server may refuse or be down): prints what the outbox saw.
    public async Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<ILeadOutbox>();
        var run = Guid.NewGuid().ToString("N")[..8];

        report.Step("Enqueue one lead per API (durable when EnqueueAsync returns)");
        var leadExec = new LeadExecLead();
        leadExec.Fields.Add("FirstName", "Ada");
        leadExec.Fields.Add("LastName", "Outbox");
        leadExec.Fields.Add("Email", $"outbox-{run}@example.com");
        report.Sent($"LeadExec delivery {await outbox.EnqueueAsync(new LeadExecCreateLeadRequest { Lead = leadExec }, cancellationToken)}");
        var aimbase = new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "Outbox",
                CountryCode = "US",
            }
            .WithBrands("FLXR")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn)
            .Build();
        report.Sent($"Aimbase delivery {await outbox.EnqueueAsync(aimbase, cancellationToken)}");
        var crm = new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance2,
                CrmLeadPriority.Priority2,
                CrmEntityIdentifier.ByName("Sales"),
                CrmContactInformationIdentifier.ById("C1"),
                CrmLeadSource.Named(CrmLeadSourceType.Other, "Walk-in"))
            .Build();
        report.Sent($"CRM.COM delivery {await outbox.EnqueueAsync(crm, cancellationToken)}");

        report.Step("Wait for the hosted worker (at most 30 seconds)");
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(30));
        var statistics = await outbox.GetStatisticsAsync(cancellationToken);
        while (statistics.Count(LeadDeliveryState.Pending) > 0 && !wait.IsCancellationRequested)
        {
            await Task.Delay(100, CancellationToken.None);
            statistics = await outbox.GetStatisticsAsync(cancellationToken);
        }

        report.Step("What an operator sees");
        foreach (var ((api, state), count) in statistics.Counts.OrderBy(pair => pair.Key.Api).ThenBy(pair => pair.Key.State))
        {
            report.Received($"{api}: {count} {state}");
        }

        report.Note(statistics.OldestPendingAge is { } age ? $"oldest pending lead waited {age.TotalSeconds:0.0} s" : "nothing pending");
        foreach (var state in new[] { LeadDeliveryState.Rejected, LeadDeliveryState.Unknown })
        {
            foreach (var delivery in await outbox.ListAsync(state, 10, cancellationToken))
            {
                report.Note($"{delivery.Id} {delivery.Api} {delivery.State}: {delivery.Reason}");
            }
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them, then remove the file and its WAL companions.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
