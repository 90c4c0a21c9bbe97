using System.Globalization;
using Leads.Sdk.Emulator;
using Leads.Sdk.Samples;

namespace Leads.Sdk.IntegrationTests.Samples;

/// <summary>
/// The samples in live mode (every API configured) against a second emulator that behaves differently from the embedded
/// one where the docs allow it. A scenario may only fail on what a doc guarantees, so both runs must exit 0.
/// </summary>
public sealed class SampleRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_ServerAcceptingWhatTheEmbeddedEmulatorRefuses_ExitsZero()
    {
        var options = new LeadsEmulatorOptions();
        options.Aimbase.LeadSourceNames.Add("Billboard");   // the lead the embedded emulator fails for an unknown source
        options.LeadExec.EstimatedPrice = 5000m;             // every ping/post floor is reached
        await using var server = await LeadsEmulator.StartAsync(options, Ct);
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = await SampleRunner.RunAsync([], output, Configuration(server), Ct);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("All scenarios succeeded.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Emulator started", text, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(text, "(configured server) ==="));   // the four APIs and the delivery outbox
        Assert.Equal(2, CountOf(text, "Jane: Success"));   // accepted by this server, in JSON and in XML
        Assert.Equal(3, AimbasePosts(server, "/marketing/api/lead"));   // and the delivery outbox's lead
    }

    [Fact]
    public async Task RunAsync_ServerEnforcingTheAimbaseTableAndNoPingCoverage_ExitsZero()
    {
        var options = new LeadsEmulatorOptions();
        options.Aimbase.EnforceTableRequiredMarks = true;    // refuses the lead sent without Brands/IsCommunicationOptIn
        options.LeadExec.EstimatedPrice = 1m;                // below every floor: nothing is posted after the PING
        await using var server = await LeadsEmulator.StartAsync(options, Ct);
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = await SampleRunner.RunAsync([], output, Configuration(server), Ct);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("All scenarios succeeded.", text, StringComparison.Ordinal);
        Assert.Contains("Brands: The Brands field is required.", text, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(text, "Outcome = BelowMinimumPrice"));
    }

    private static int AimbasePosts(LeadsEmulator server, string path) => server.Requests.Count("POST", path);

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static Dictionary<string, string?> Configuration(LeadsEmulator server)
    {
        var address = server.BaseAddress.ToString();
        var o = server.Options;
        return new Dictionary<string, string?>
        {
            ["Leads:Aimbase:BaseAddress"] = address,
            ["Leads:Aimbase:AllowInsecureHttp"] = "true",
            ["Leads:Aimbase:Username"] = o.Aimbase.Username,
            ["Leads:Aimbase:ApiToken"] = o.Aimbase.ApiToken,
            ["Leads:Aimbase:DefaultManufacturerCode"] = o.Aimbase.ManufacturerCode,
            ["Leads:AimbaseOData:BaseAddress"] = address,
            ["Leads:AimbaseOData:AllowInsecureHttp"] = "true",
            ["Leads:AimbaseOData:Username"] = o.AimbaseOData.Username,
            ["Leads:AimbaseOData:ApiToken"] = o.AimbaseOData.ApiToken,
            ["Leads:LeadExec:BaseAddress"] = address,
            ["Leads:LeadExec:AllowInsecureHttp"] = "true",
            ["Leads:LeadExec:VendorId"] = o.LeadExec.VendorId.ToString(CultureInfo.InvariantCulture),
            ["Leads:LeadExec:LeadTypeId"] = o.LeadExec.LeadTypeId.ToString(CultureInfo.InvariantCulture),
            ["Leads:LeadExec:AffiliateId"] = o.LeadExec.AffiliateId.ToString(CultureInfo.InvariantCulture),
            ["Leads:LeadExec:Password"] = o.LeadExec.Password,
            ["Leads:CrmApi:BaseAddress"] = address,
            ["Leads:CrmApi:AllowInsecureHttp"] = "true",
            ["Leads:CrmApi:Username"] = o.CrmApi.Username,
            ["Leads:CrmApi:Password"] = o.CrmApi.Password,
            ["Leads:CrmApi:Organisation"] = o.CrmApi.Organisation,
        };
    }
}
