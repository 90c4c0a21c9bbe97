using Leads.Sdk.Emulator;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leads.Sdk.IntegrationTests.LeadExec;

public sealed class LeadExecClientEmulatorTests
{
    internal static async Task<(LeadsEmulator Emulator, ServiceProvider Services, ILeadExecClient Client)> StartAsync(
        Action<LeadsEmulatorOptions>? configureEmulator = null,
        Action<LeadExecClientOptions>? configureClient = null,
        TimeProvider? clientTime = null)
    {
        var emulatorOptions = new LeadsEmulatorOptions();
        configureEmulator?.Invoke(emulatorOptions);
        var emulator = await LeadsEmulator.StartAsync(emulatorOptions, TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        if (clientTime is not null)
        {
            services.AddSingleton(clientTime);
        }

        services.AddLeadExecClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.VendorId = emulatorOptions.LeadExec.VendorId;
            o.LeadTypeId = emulatorOptions.LeadExec.LeadTypeId;
            o.AffiliateId = emulatorOptions.LeadExec.AffiliateId;
            o.Password = emulatorOptions.LeadExec.Password;
            configureClient?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        return (emulator, provider, provider.GetRequiredService<ILeadExecClient>());
    }

    internal static LeadExecLead Lead(string email, LeadExecPostType type = LeadExecPostType.General)
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("LastName", "O'Brien & Sons");
        lead.Fields.Add("Email", email);
        if (type == LeadExecPostType.CallData)
        {
            lead.IvrNumber = "7025551212";
            lead.CallDuration = TimeSpan.FromSeconds(120);
            lead.CallDate = new DateTime(2020, 11, 13, 12, 15, 0);
        }

        return lead;
    }

    public static TheoryData<LeadExecPostType, LeadExecEncoding, LeadExecResponseFormat> EveryInsert()
    {
        var data = new TheoryData<LeadExecPostType, LeadExecEncoding, LeadExecResponseFormat>();
        foreach (var type in Enum.GetValues<LeadExecPostType>())
        {
            foreach (var encoding in Enum.GetValues<LeadExecEncoding>())
            {
                foreach (var format in Enum.GetValues<LeadExecResponseFormat>())
                {
                    data.Add(type, encoding, format);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryInsert))]
    public async Task CreateLeadAsync_EveryTypeEncodingAndFormat_IsAccepted(LeadExecPostType type, LeadExecEncoding encoding, LeadExecResponseFormat format)
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;

        var result = await client.CreateLeadAsync(
            new LeadExecCreateLeadRequest { Lead = Lead($"{type}-{encoding}-{format}@example.com", type), PostType = type, Encoding = encoding, ResponseFormat = format },
            TestContext.Current.CancellationToken);

        Assert.True(result.IsValidPost, result.ResponseDetails);
        Assert.Equal(LeadExecResponseType.NoError, result.ResponseType);
        Assert.NotNull(result.LeadId);
        if (type == LeadExecPostType.ReturnSends)
        {
            Assert.Equal(2, result.Sends.Count);
        }

        if (type == LeadExecPostType.Transfer)
        {
            Assert.Equal("7025551212", result.ClientInfos[0].AgentPhone);
        }

        if (type is LeadExecPostType.ManualRedirect or LeadExecPostType.AutoRedirect)
        {
            Assert.NotNull(result.RedirectUrl);
        }
    }

    [Fact]
    public async Task CreateLeadAsync_SameEmailTwice_SecondIsDuplicateLead()
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;

        await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("dup@example.com") }, TestContext.Current.CancellationToken);
        var second = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("DUP@example.com"), Encoding = LeadExecEncoding.Form }, TestContext.Current.CancellationToken);

        Assert.False(second.IsValidPost);
        Assert.Equal(LeadExecResponseType.DuplicateLead, second.ResponseType);
    }

    [Fact]
    public async Task CreateLeadAsync_MissingRequiredField_IsDataErrors()
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;
        var lead = new LeadExecLead();
        lead.Fields.Add("Email", "x@example.com");

        var result = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Xml }, TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecResponseType.DataErrors, result.ResponseType);
        Assert.Contains("FirstName", result.ResponseDetails, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9999, null, LeadExecResponseType.AccountDisabled)]
    [InlineData(1234, null, LeadExecResponseType.NoAccountFound)]
    [InlineData(null, "wrong", LeadExecResponseType.NoAccountFound)]
    public async Task CreateLeadAsync_BadAccount_IsTheDocumentedResponseType(int? vendorId, string? password, LeadExecResponseType expected)
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;

        var result = await client.CreateLeadAsync(
            new LeadExecCreateLeadRequest { Lead = Lead("acct@example.com"), Credentials = new LeadExecCredentials { VendorId = vendorId, Password = password } },
            TestContext.Current.CancellationToken);

        Assert.False(result.IsValidPost);
        Assert.Equal(expected, result.ResponseType);
    }

    [Fact]
    public async Task CreateLeadAsync_EmulatorRequiresToken_ClientSendsConfiguredBearer()
    {
        var (emulator, services, client) = await StartAsync(e => e.LeadExec.AccessToken = "tok", c => c.AccessToken = "tok");
        await using var _ = emulator;
        using var __ = services;

        var result = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("tok@example.com") }, TestContext.Current.CancellationToken);

        Assert.True(result.IsValidPost);
    }

    [Fact]
    public async Task CreateLeadAsync_WrongToken_ThrowsAuthenticationException()
    {
        var (emulator, services, client) = await StartAsync(e => e.LeadExec.AccessToken = "tok", c => c.AccessToken = "other");
        await using var _ = emulator;
        using var __ = services;

        await Assert.ThrowsAsync<LeadsAuthenticationException>(() => client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("t@example.com") }, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form)]
    [InlineData(LeadExecEncoding.Xml)]
    [InlineData(LeadExecEncoding.Json)]
    public async Task WaitForQueueResultAsync_QueuedInsert_CompletesWithTheLead(LeadExecEncoding encoding)
    {
        var (emulator, services, client) = await StartAsync(e => e.LeadExec.QueueDelay = TimeSpan.FromMilliseconds(50));
        await using var _ = emulator;
        using var __ = services;

        var queued = await client.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead($"q-{encoding}@example.com"), Encoding = encoding }, TestContext.Current.CancellationToken);
        var status = await client.WaitForQueueResultAsync(
            queued.PostId!,
            new LeadExecPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(30) },
            TestContext.Current.CancellationToken);

        Assert.True(queued.IsQueued);
        Assert.True(status.IsValid);
        Assert.NotNull(status.LeadId);
    }

    [Fact]
    public async Task GetQueueStatusAsync_BeforeTheDelay_IsNotProcessed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (emulator, services, client) = await StartAsync(e => e.TimeProvider = clock);
        await using var _ = emulator;
        using var __ = services;

        var queued = await client.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("pending@example.com") }, TestContext.Current.CancellationToken);
        var pending = await client.GetQueueStatusAsync(queued.PostId!, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(1));
        var done = await client.GetQueueStatusAsync(queued.PostId!, TestContext.Current.CancellationToken);

        Assert.False(pending.IsProcessed);
        Assert.True(done.IsProcessed);
        Assert.True(done.IsValid);
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form)]
    [InlineData(LeadExecEncoding.Json)]
    public async Task CheckDuplicateLeadAsync_AfterInsert_FindsTheLead(LeadExecEncoding encoding)
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;
        var inserted = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("seen@example.com") }, TestContext.Current.CancellationToken);
        var check = new LeadExecCheckDuplicateLeadRequest { Encoding = encoding };
        check.Fields.Add("Email", "seen@example.com");
        var fresh = new LeadExecCheckDuplicateLeadRequest { Encoding = encoding };
        fresh.Fields.Add("Email", "new@example.com");

        var hit = await client.CheckDuplicateLeadAsync(check, TestContext.Current.CancellationToken);
        var miss = await client.CheckDuplicateLeadAsync(fresh, TestContext.Current.CancellationToken);

        Assert.True(hit.IsDuplicate);
        Assert.Equal(inserted.LeadId, hit.DuplicateLeadId);
        Assert.NotNull(hit.ReceivedOn);
        Assert.False(miss.IsDuplicate);
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form)]
    [InlineData(LeadExecEncoding.Json)]
    public async Task UpdateLeadAsync_StoredLead_IsUpdated(LeadExecEncoding encoding)
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;
        var inserted = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("upd@example.com") }, TestContext.Current.CancellationToken);
        var update = new LeadExecUpdateLeadRequest { LeadId = inserted.LeadId!.Value, ShouldProcessDelivery = false, Encoding = encoding };
        update.Fields.Add("Phone", "7025550000");
        var missing = new LeadExecUpdateLeadRequest { LeadId = 42, Encoding = encoding };

        var updated = await client.UpdateLeadAsync(update, TestContext.Current.CancellationToken);
        var notFound = await client.UpdateLeadAsync(missing, TestContext.Current.CancellationToken);

        Assert.True(updated.IsValidPost);
        Assert.Equal("Lead information updated", updated.ResponseDetails);
        Assert.False(notFound.IsValidPost);
        Assert.Equal(LeadExecResponseType.DataErrors, notFound.ResponseType);
    }

    [Theory]
    [InlineData(LeadExecResponseFormat.Json)]
    [InlineData(LeadExecResponseFormat.Xml)]
    public async Task PingAndPostLeadAsync_PriceReachesFloor_PostsWithOrderId(LeadExecResponseFormat format)
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;
        var ping = new LeadExecLead();
        ping.Fields.Add("ZipCode", "89101");

        var result = await client.PingAndPostLeadAsync(
            new LeadExecPingAndPostLeadRequest { PingLead = ping, Lead = Lead("pp@example.com"), MinimumPrice = 25m, ResponseFormat = format },
            TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingAndPostOutcome.Posted, result.Outcome);
        Assert.True(result.Post!.IsValidPost);
        Assert.Contains(emulator.Requests.All, r => r.Path.StartsWith("/processor/insert/general", StringComparison.Ordinal) && r.Body.Contains("orderid=" + result.Ping.OrderId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PingAndPostLeadAsync_OrderExpiredByEmulatorClock_ServerRefusesReusedOrder()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (emulator, services, client) = await StartAsync(e => e.TimeProvider = clock);
        await using var _ = emulator;
        using var __ = services;
        var pingLead = new LeadExecLead();
        pingLead.Fields.Add("ZipCode", "89101");
        var ping = await client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = pingLead, Encoding = LeadExecEncoding.Json }, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(10));

        var late = await client.CreateLeadAsync(
            new LeadExecCreateLeadRequest { Lead = Lead("late@example.com"), Encoding = LeadExecEncoding.Form, OrderId = ping.OrderId },
            TestContext.Current.CancellationToken);

        Assert.True(ping.IsAccepted);
        Assert.False(late.IsValidPost);
        Assert.Contains("expired", late.ResponseDetails, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuePingAsync_Form_IsQueued()
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;
        var pingLead = new LeadExecLead();
        pingLead.Fields.Add("ZipCode", "89101");

        var queued = await client.QueuePingAsync(new LeadExecPingLeadRequest { Lead = pingLead, Encoding = LeadExecEncoding.Form, ReturnUrl = new Uri("https://example.com/cb") }, TestContext.Current.CancellationToken);

        Assert.True(queued.IsQueued);
        Assert.Contains("returnurl=https%3A%2F%2Fexample.com%2Fcb", emulator.Requests.All[^1].Body, StringComparison.Ordinal);
    }
}
