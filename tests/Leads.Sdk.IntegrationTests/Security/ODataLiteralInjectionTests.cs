using FsCheck;
using FsCheck.Fluent;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.IntegrationTests.AimbaseOData;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// A user value in an OData string literal cannot break out of it: filtering on a value no lead has matches nothing,
/// even when the value is shaped like "' or 1 eq 1 or '" (a breakout would match every lead). The emulator's OData
/// parser is the oracle; the exact round trip of arbitrary values is in ODataFilterRoundTripTests.
/// </summary>
public sealed class ODataLiteralInjectionTests
{
    [Fact]
    public async Task ListLeadsAsync_InjectionShapedOrArbitraryValue_MatchesNothing()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 20);
        var token = TestContext.Current.CancellationToken;
        string[] shaped =
        [
            "' or 1 eq 1 or '", "x' or Id gt 0 or 'x", "') or (1 eq 1", "'' or true or ''", "%27 or 1 eq 1 or %27",
            "x&$filter=Id gt 0", "x#", "x'", "'", "\\' or 1 eq 1 or \\'", "x' or contains(Medium,'') or 'x",
        ];
        var values = shaped.Concat(ArbMap.Default.GeneratorFor<string>()
            .Where(s => s is not null && s.Length is > 0 and <= 60 && !s.Any(char.IsSurrogate))
            .Select(s => "zz" + s)
            .Sample(60));

        foreach (var value in values)
        {
            var matches = 0;
            await foreach (var lead in fixture.Client.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Filter(l => l.Medium == value), token))
            {
                matches++;
            }

            Assert.True(matches == 0, $"The value {System.Text.Json.JsonSerializer.Serialize(value)} matched {matches} lead(s): it broke out of the literal.");
        }
    }
}
