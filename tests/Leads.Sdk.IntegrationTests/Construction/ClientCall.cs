using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.IntegrationTests.Construction;

/// <summary>One call of one client, with the method and path it sends (the emulator counts requests by them).</summary>
/// <param name="Name">For test names.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path (and emulator fault prefix).</param>
/// <param name="Invoke">Makes the call.</param>
public sealed record ClientCall(string Name, string Method, string Path, Func<LeadsClients, CancellationToken, Task> Invoke)
{
    public static readonly ClientCall AimbaseCreate = new("Aimbase.CreateLeads", "POST", "/marketing/api/lead", async (c, ct) =>
    {
        var result = await c.Aimbase.CreateLeadsAsync([ReliabilityOperations.AimbaseLead()], cancellationToken: ct);
        Assert.True(Assert.Single(result.Leads).IsSuccess);
    });

    public static readonly ClientCall ODataGet = new("AimbaseOData.GetLead", "GET", "/odata/V2/Leads", async (c, ct) =>
        Assert.Equal(7, (await c.OData.GetLeadAsync(7, cancellationToken: ct)).Id));

    public static readonly ClientCall ODataList = new("AimbaseOData.ListLeads", "GET", "/odata/V2/Leads", async (c, ct) =>
    {
        var ids = new List<int>();
        await foreach (var lead in c.OData.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Top(3), ct))
        {
            ids.Add(lead.Id);
        }

        Assert.Equal([1, 2, 3], ids);
    });

    public static readonly ClientCall ODataUpdate = new("AimbaseOData.UpdateLead", "PATCH", "/odata/V2/Leads", (c, ct) =>
        c.OData.UpdateLeadAsync(7, new AimbaseODataLeadPatch { Event = "Boat Show" }, ct));

    public static readonly ClientCall LeadExecInsert = new("LeadExec.Insert", "POST", "/processor/insert/", async (c, ct) =>
    {
        var result = await c.LeadExec.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = ReliabilityOperations.LeadExecLead($"{Guid.NewGuid():N}@example.com") }, ct);
        Assert.True(result.IsValidPost, result.ResponseDetails);
    });

    public static readonly ClientCall CrmLogin = new("CrmApi.Login", "POST", "/crmapi/rest/v2/authentication/token", CrmCreateLead);

    public static readonly ClientCall CrmCreate = new("CrmApi.CreateLead", "POST", "/crmapi/rest/v2/leads/create", CrmCreateLead);

    public static IReadOnlyList<ClientCall> All { get; } = [AimbaseCreate, ODataGet, ODataList, ODataUpdate, LeadExecInsert, CrmLogin, CrmCreate];

    public static ClientCall Named(string name) => All.Single(c => c.Name == name);

    public override string ToString() => Name;

    private static async Task CrmCreateLead(LeadsClients c, CancellationToken ct)
        => Assert.NotNull((await c.Crm.CreateLeadAsync(ReliabilityOperations.CrmLead(), ct)).Id);
}
