using Leads.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leads.Sdk.Delivery.Tests.Worker;

/// <summary>The hosted worker as an app runs it: a generic host, real time, the emulator over loopback.</summary>
public sealed class HostedWorkerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostedWorker_DeliversEveryApi_InArrivalOrderPerApi()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Token);
        using var directory = new TempDirectory();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLeadDelivery(o =>
        {
            o.UseSqlite(directory.File("outbox.db"));
            o.MaxConcurrency = 1;
            o.PollInterval = TimeSpan.FromMilliseconds(50);
        });
        DeliveryHarness.AddClients(builder.Services, emulator);
        using var host = builder.Build();
        var outbox = host.Services.GetRequiredService<ILeadOutbox>();
        var emails = Enumerable.Range(1, 5).Select(i => $"order{i}@example.com").ToList();
        foreach (var email in emails)
        {
            await outbox.EnqueueAsync(DeliveryHarness.LeadExecRequest(email), Token);
        }

        await outbox.EnqueueAsync(DeliveryHarness.AimbaseLead(), Token);
        await outbox.EnqueueAsync(DeliveryHarness.CrmRequest(), Token);

        await host.StartAsync(Token);
        while ((await outbox.GetStatisticsAsync(Token)).Count(LeadDeliveryState.Delivered) < 7)
        {
            await Task.Delay(50, Token);
        }

        await host.StopAsync(Token);

        var statistics = await outbox.GetStatisticsAsync(Token);
        Assert.Equal(5, statistics.Count(LeadDeliveryState.Delivered, LeadDeliveryApi.LeadExec));
        Assert.Equal(1, statistics.Count(LeadDeliveryState.Delivered, LeadDeliveryApi.Aimbase));
        Assert.Equal(1, statistics.Count(LeadDeliveryState.Delivered, LeadDeliveryApi.CrmApi));
        Assert.Null(statistics.OldestPendingAge);
        var sent = emulator.Requests.All.Where(r => r.Path.StartsWith(DeliveryHarness.InsertPath, StringComparison.Ordinal)).Select(r => r.Body).ToList();
        Assert.Equal(5, sent.Count);
        for (var i = 0; i < emails.Count; i++)
        {
            Assert.Contains(emails[i], sent[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunWorkerFalse_EnqueuesButNeverSends()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Token);
        using var directory = new TempDirectory();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLeadDelivery(o =>
        {
            o.UseSqlite(directory.File("outbox.db"));
            o.RunWorker = false;
        });
        DeliveryHarness.AddClients(builder.Services, emulator);
        using var host = builder.Build();
        await host.StartAsync(Token);
        var outbox = host.Services.GetRequiredService<ILeadOutbox>();

        await outbox.EnqueueAsync(DeliveryHarness.LeadExecRequest("wes@example.com"), Token);
        await host.StopAsync(Token);

        Assert.Equal(1, (await outbox.GetStatisticsAsync(Token)).Count(LeadDeliveryState.Pending));
        Assert.Empty(emulator.Requests.All);
    }
}
