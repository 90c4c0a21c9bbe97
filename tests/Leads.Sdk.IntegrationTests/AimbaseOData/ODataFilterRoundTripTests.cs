using FsCheck;
using FsCheck.Fluent;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.IntegrationTests.AimbaseOData;

public sealed class ODataFilterRoundTripTests
{
    [Fact]
    public async Task ListLeadsAsync_AnyStringValue_SurvivesFilterRequestAndServerParse()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 20);
        var token = TestContext.Current.CancellationToken;
        var values = ArbMap.Default.GeneratorFor<string>()
            .Where(s => s is not null && s.Length <= 200 && IsWellFormedUtf16(s))
            .Sample(150)
            .Concat(["O'Neil", "a&b#c+d%e", "''", "%24filter", " leading and trailing ", "Zoë 東京 🚤", "x eq 'y' or 1 eq 1", "\t\r\n"]);

        foreach (var value in values)
        {
            // Store the value through PATCH (JSON), then find it again through $filter (URL): only an exact round trip matches.
            await fixture.Client.UpdateLeadAsync(7, new AimbaseODataLeadPatch { Medium = value }, token);
            var matches = new List<int>();
            await foreach (var lead in fixture.Client.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Filter(l => l.Medium == value && l.Id == 7), token))
            {
                matches.Add(lead.Id);
            }

            Assert.True(matches.SequenceEqual([7]), $"The value {System.Text.Json.JsonSerializer.Serialize(value)} did not survive the round trip.");
        }
    }

    private static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[++i]))
                {
                    return false;
                }
            }
            else if (char.IsLowSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
