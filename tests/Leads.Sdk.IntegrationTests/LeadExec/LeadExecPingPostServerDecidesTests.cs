using Leads.Sdk.Emulator;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leads.Sdk.IntegrationTests.LeadExec;

/// <summary>
/// Ping/post over real HTTP: the client never decides from its own clock whether an order has expired (the doc's
/// <c>OrderExpiresOn</c> has no zone); the server does, and the client reports its answer.
/// </summary>
public sealed class LeadExecPingPostServerDecidesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PingAndPostLeadAsync_ClientClockYearsPastExpiry_ServerStillHonoursTheOrder_LeadIsPosted()
    {
        // The client's clock is a year ahead of the emulator's: read as UTC, every order looks long expired.
        var clientClock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(1));
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var services = Services(emulator, clientClock);

        var result = await services.GetRequiredService<ILeadExecClient>().PingAndPostLeadAsync(Request("late-clock@example.com"), Ct);

        Assert.Equal(LeadExecPingAndPostOutcome.Posted, result.Outcome);
        Assert.True(result.Post!.IsValidPost);
        Assert.Equal(DateTimeKind.Unspecified, result.Ping.OrderExpiresOn!.Value.Kind);
        Assert.Equal(1, emulator.Requests.Count("POST", "/processor/insert/general/json"));
    }

    [Fact]
    public async Task PingAndPostLeadAsync_ServerSaysTheOrderExpired_ThePostsRefusalIsTheResult()
    {
        var emulatorClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await LeadsEmulator.StartAsync(
            new LeadsEmulatorOptions { TimeProvider = emulatorClock, LeadExec = { PingOrderLifetime = TimeSpan.Zero } },
            Ct);
        using var services = Services(emulator, TimeProvider.System);

        var result = await services.GetRequiredService<ILeadExecClient>().PingAndPostLeadAsync(Request("expired@example.com"), Ct);

        Assert.Equal(LeadExecPingAndPostOutcome.Posted, result.Outcome);
        Assert.False(result.Post!.IsValidPost);
        Assert.Equal(LeadExecResponseType.DataErrors, result.Post.ResponseType);
        Assert.Contains("has expired", result.Post.ResponseDetails, StringComparison.Ordinal);
    }

    private static LeadExecPingAndPostLeadRequest Request(string email)
    {
        var ping = new LeadExecLead();
        ping.Fields.Add("ZipCode", "89101");
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("LastName", "Doe");
        lead.Fields.Add("Email", email);
        return new LeadExecPingAndPostLeadRequest { PingLead = ping, Lead = lead };
    }

    private static ServiceProvider Services(LeadsEmulator emulator, TimeProvider clientClock)
    {
        var fake = emulator.Options.LeadExec;
        var services = new ServiceCollection();
        services.AddSingleton(clientClock);
        services.AddLeadExecClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.VendorId = fake.VendorId;
            o.LeadTypeId = fake.LeadTypeId;
            o.AffiliateId = fake.AffiliateId;
            o.Password = fake.Password;
        });
        return services.BuildServiceProvider();
    }
}
