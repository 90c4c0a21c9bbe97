namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>Settings and test credentials of the Aimbase Lead OData V2 fake (<c>/odata/V2/Leads</c>).</summary>
public sealed class AimbaseODataEmulatorOptions
{
    /// <summary>The username the fake accepts in <c>Authenticate: Avala-Api {user}:{token}</c>.</summary>
    public string Username { get; set; } = "odata-user";

    /// <summary>The API token the fake accepts.</summary>
    public string ApiToken { get; set; } = "odata-test-token";

    /// <summary>How many leads the generated data set holds (IDs 1 to this); 3,000 by default.</summary>
    public int LeadCount { get; set; } = 3000;

    /// <summary>The server's page size (the doc's default is 1,000); a smaller <c>Prefer: odata.maxpagesize</c> wins.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>The seed of the generated data set, so runs are repeatable.</summary>
    public int Seed { get; set; } = 5;

    /// <summary>How next links are written (absolute <c>@odata.nextLink</c> by default).</summary>
    public ODataNextLinkStyle NextLinkStyle { get; set; } = ODataNextLinkStyle.Absolute;
}
