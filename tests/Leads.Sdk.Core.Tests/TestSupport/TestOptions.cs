namespace Leads.Sdk.Core.Tests.TestSupport;

/// <summary>Options of a test client with a password and a header value, as a package's options would have.</summary>
public sealed class TestOptions : LeadsClientOptions
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? TenantHeader { get; set; }

    public override IEnumerable<string?> GetSecrets() => [Password];

    protected override void ValidateCore(ICollection<string> errors)
    {
        RequireValue(errors, UserName, nameof(UserName));
        RequireValue(errors, Password, nameof(Password));
        RequireNoControlCharacters(errors, TenantHeader, nameof(TenantHeader));
    }
}
