using System.Net;
using System.Text.Json;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leads.Sdk.IntegrationTests.Emulator;

// The per-API fault windows the delivery outbox is proven against (issue #17 item 6): an outage, slow answers, and a
// connection lost after the request was processed. The windows run on the emulator's clock, so a fake clock ends them.
public sealed class EmulatorFaultWindowTests
{
    private const string DuplicateCheckBody = "Email=outage%40example.com";

    [Fact]
    public async Task Outage_ApiAnswers503WithoutProcessingUntilItEnds_OtherApisUntouched()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-06T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var emulator = await LeadsEmulator.StartAsync(new LeadsEmulatorOptions { TimeProvider = clock }, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        emulator.Faults.Outage("/processor/", TimeSpan.FromSeconds(30));

        using var down = await PostFormAsync(http, "processor/duplicate/check");
        using var otherApi = await PostFormAsync(http, "marketing/api/lead?manufacturer=X");
        clock.Advance(TimeSpan.FromSeconds(29));
        using var stillDown = await PostFormAsync(http, "processor/duplicate/check");
        clock.Advance(TimeSpan.FromSeconds(1));
        using var back = await PostFormAsync(http, "processor/duplicate/check");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("text/html", down.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, otherApi.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stillDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode); // LeadExec refuses in a 200 envelope
        Assert.Equal([false, true, false, true], emulator.Requests.All.Select(r => r.IsProcessed));
    }

    [Fact]
    public async Task DuringDropAfterProcessing_LeadStoredButAnswerLost()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-06T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var emulator = await LeadsEmulator.StartAsync(new LeadsEmulatorOptions { TimeProvider = clock }, TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        ReliabilityOperations.RegisterLeadExec(services, emulator, emulator.BaseAddress, _ => { });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILeadExecClient>();
        emulator.Faults.During("/processor/insert/", EmulatorFault.DropAfterProcessing(), TimeSpan.FromMinutes(1));

        await Assert.ThrowsAnyAsync<LeadsException>(() => client.CreateLeadAsync(
            new LeadExecCreateLeadRequest { Lead = ReliabilityOperations.LeadExecLead("lost-answer@example.com") }, TestContext.Current.CancellationToken));
        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", "lost-answer@example.com");
        var duplicate = await client.CheckDuplicateLeadAsync(check, TestContext.Current.CancellationToken);

        Assert.True(duplicate.IsDuplicate);
        var insert = Assert.Single(emulator.Requests.All, r => r.Path.StartsWith("/processor/insert/", StringComparison.Ordinal));
        Assert.True(insert.IsProcessed);
    }

    [Fact]
    public async Task DuringDelayed_AnswerWaitsForTheClock_ThenRouteRuns()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-06T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var emulator = await LeadsEmulator.StartAsync(new LeadsEmulatorOptions { TimeProvider = clock }, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        emulator.Faults.During("/processor/", EmulatorFault.Delayed(TimeSpan.FromSeconds(10)), TimeSpan.FromMinutes(5));

        var pending = PostFormAsync(http, "processor/duplicate/check");
        while (emulator.Requests.All.Count == 0)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var processedBeforeTheWait = emulator.Requests.All[0].IsProcessed;
        while (!pending.IsCompleted)
        {
            // The delay may not be registered on the fake clock yet: advance until the answer comes.
            clock.Advance(TimeSpan.FromSeconds(10));
            await Task.WhenAny(pending, Task.Delay(20, TestContext.Current.CancellationToken));
        }

        using var answer = await pending;
        Assert.False(processedBeforeTheWait);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode); // LeadExec refuses in a 200 envelope
        Assert.True(emulator.Requests.All[0].IsProcessed);
    }

    [Fact]
    public async Task ControlEndpoint_Enabled_ServesTheLogWithoutHeadersAndOpensFaultWindows()
    {
        await using var emulator = await LeadsEmulator.StartAsync(new LeadsEmulatorOptions { EnableControlEndpoint = true }, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var lead = await PostFormAsync(http, "marketing/api/lead?manufacturer=X", ("Authenticate", "Avala-Api user:secret-token"));

        using var opened = await http.PostAsync("_emulator/faults?api=/processor/&fault=outage&seconds=30", null, TestContext.Current.CancellationToken);
        using var down = await PostFormAsync(http, "processor/duplicate/check");
        var log = await http.GetStringAsync("_emulator/requests", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, opened.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        using var json = JsonDocument.Parse(log);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        Assert.Equal("POST", first.GetProperty("method").GetString());
        Assert.Equal("/marketing/api/lead", first.GetProperty("path").GetString());
        Assert.Equal("?manufacturer=X", first.GetProperty("query").GetString());
        Assert.Equal(DuplicateCheckBody, first.GetProperty("body").GetString());
        Assert.True(first.GetProperty("processed").GetBoolean());
        Assert.False(json.RootElement[1].GetProperty("processed").GetBoolean());
        Assert.DoesNotContain("secret-token", log, StringComparison.Ordinal);
        Assert.Equal(2, emulator.Requests.All.Count);
    }

    [Fact]
    public async Task ControlEndpoint_Disabled_IsAnUnknownPath()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await http.GetAsync("_emulator/requests", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(DuplicateCheckBody, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
