namespace Leads.Sdk.Emulator.LeadExec;

/// <summary>Settings and test credentials of the LeadExec Lead Receiver fake.</summary>
public sealed class LeadExecEmulatorOptions
{
    /// <summary>The accepted <c>vid</c>.</summary>
    public int VendorId { get; set; } = 1001;

    /// <summary>The accepted <c>lid</c>.</summary>
    public int LeadTypeId { get; set; } = 10;

    /// <summary>The <c>aid</c> to use (required by PING and duplicate check; any value is accepted).</summary>
    public int AffiliateId { get; set; } = 5;

    /// <summary>The accepted <c>password</c>.</summary>
    public string Password { get; set; } = "emulator-password";

    /// <summary>When set, every call must carry <c>Authorization: Bearer {AccessToken}</c> (401 otherwise).</summary>
    public string? AccessToken { get; set; }

    /// <summary>Vendor ids whose account is disabled (answered with <c>Account_Disabled</c>).</summary>
    public ISet<int> DisabledVendorIds { get; } = new HashSet<int> { 9999 };

    /// <summary>The fields every insert must carry (answered with <c>Data_Errors</c> when one is missing).</summary>
    public IList<string> RequiredFields { get; } = ["FirstName", "LastName", "Email"];

    /// <summary>The fields compared to detect duplicates (case-insensitive values).</summary>
    public IList<string> DuplicateFields { get; } = ["Email", "Phone"];

    /// <summary>How long a queued request stays queued before it is processed.</summary>
    public TimeSpan QueueDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How long a PING's order ID stays valid.</summary>
    public TimeSpan PingOrderLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The price a PING estimates, unless the PING carries a field <c>TestEstimatedPrice</c>.</summary>
    public decimal EstimatedPrice { get; set; } = 25m;

    /// <summary>The price paid for an inserted lead without an order.</summary>
    public decimal Price { get; set; } = 25m;

    /// <summary>
    /// Fields the doc does not list, added as text at the end of every response object (as a newer server might), to
    /// check that clients keep what their model does not know. Empty by default.
    /// </summary>
    public IDictionary<string, string> AdditionalResponseFields { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
