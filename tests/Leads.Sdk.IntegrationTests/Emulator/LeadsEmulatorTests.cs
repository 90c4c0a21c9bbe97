using System.Net;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;

namespace Leads.Sdk.IntegrationTests.Emulator;

public sealed class LeadsEmulatorTests
{
    [Fact]
    public async Task StartAsync_DefaultOptions_ListensOnLoopbackFreePort()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("127.0.0.1", emulator.BaseAddress.Host);
        Assert.NotEqual(0, emulator.BaseAddress.Port);
    }

    [Fact]
    public async Task Faults_StatusForNextTwo_AppliesExactlyTwiceAndCountsEveryRequest()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        emulator.Faults.Next("/probe", EmulatorFault.Status(HttpStatusCode.ServiceUnavailable), count: 2);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync("probe?x=1", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.NotFound], statuses);
        Assert.Equal(3, emulator.Requests.Count("GET", "/probe"));
        Assert.Equal("?x=1", emulator.Requests.All[0].Query);
    }

    [Fact]
    public async Task Faults_HtmlPage_SendsHtmlWithStatus()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        emulator.Faults.Next("/probe", EmulatorFault.HtmlPage());

        using var response = await http.GetAsync("probe", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Faults_DropBeforeBody_ResetsConnectionButRecordsRequest()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        emulator.Faults.Next("/probe", EmulatorFault.DropBeforeBody());

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync("probe", new StringContent("{}"), TestContext.Current.CancellationToken));

        Assert.Equal(1, emulator.Requests.Count("POST", "/probe"));
    }
}
