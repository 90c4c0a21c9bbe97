using System.Text.RegularExpressions;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leads.Sdk.Delivery.Tests.Storage;

/// <summary>Two apps (two hosts, each with its own worker and data source) share one PostgreSQL outbox.</summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class PostgreSqlHostedWorkersTests(PostgreSqlServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoHostedWorkers_OnePostgreSqlOutbox_DeliverEveryLeadExactlyOnce()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Token);
        var connectionString = await server.CreateDatabaseAsync(Token);
        using var first = BuildHost(emulator, connectionString);
        using var second = BuildHost(emulator, connectionString);
        var outbox = first.Services.GetRequiredService<ILeadOutbox>();
        var emails = Enumerable.Range(1, 60).Select(i => $"lead{i}@example.com").ToList();
        foreach (var email in emails)
        {
            await outbox.EnqueueAsync(DeliveryHarness.LeadExecRequest(email), Token);
        }

        await Task.WhenAll(first.StartAsync(Token), second.StartAsync(Token));
        // Until nothing is pending: every lead has its outcome, whatever it is (the asserts below say which it must be).
        while ((await outbox.GetStatisticsAsync(Token)).Count(LeadDeliveryState.Pending) > 0)
        {
            await Task.Delay(50, Token);
        }

        await Task.WhenAll(first.StopAsync(Token), second.StopAsync(Token));

        var statistics = await second.Services.GetRequiredService<ILeadOutbox>().GetStatisticsAsync(Token);
        Assert.Equal(60, statistics.Count(LeadDeliveryState.Delivered, LeadDeliveryApi.LeadExec));
        Assert.Null(statistics.OldestPendingAge);
        var sent = emulator.Requests.All.Where(r => r.Path.StartsWith(DeliveryHarness.InsertPath, StringComparison.Ordinal)).Select(r => r.Body).ToList();
        Assert.Equal(60, sent.Count);
        for (var i = 1; i <= 60; i++)
        {
            // lead1 must not match lead10: the address is followed by its domain, raw or form-encoded.
            Assert.Single(sent, body => Regex.IsMatch(body, $"lead{i}(@|%40)example"));
        }
    }

    private static IHost BuildHost(LeadsEmulator emulator, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLeadDelivery(o =>
        {
            o.UsePostgreSql(connectionString);
            o.MaxConcurrency = 2;
            o.PollInterval = TimeSpan.FromMilliseconds(50);
        });
        DeliveryHarness.AddClients(builder.Services, emulator);
        return builder.Build();
    }
}
