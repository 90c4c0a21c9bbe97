namespace Leads.Sdk.Emulator.CrmApi;

/// <summary>Settings and test credentials of the CRM.COM fake.</summary>
public sealed class CrmApiEmulatorOptions
{
    /// <summary>The accepted user name.</summary>
    public string Username { get; set; } = "emulator-user";

    /// <summary>The accepted password.</summary>
    public string Password { get; set; } = "emulator-password";

    /// <summary>The accepted organisation.</summary>
    public string Organisation { get; set; } = "EMULATOR";

    /// <summary>The accepted web API key (for <c>authentication/web_api_key/token</c>).</summary>
    public string WebApiKey { get; set; } = "emulator-web-api-key";

    /// <summary>How long an issued token stays valid (two hours, as newer CRM.COM releases).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Whether tokens are JWTs carrying <c>exp</c> (newer releases) rather than opaque strings (older ones).</summary>
    public bool IssueJwtTokens { get; set; } = true;

    /// <summary>
    /// The JSON name leads/create takes the contact under: by default <c>contact_information_identifier</c>, the name the
    /// SDK infers (the doc leaves it blank). Set another to play a server that spells it differently; the inferred name
    /// is then refused as an unknown field, as any other unknown field.
    /// </summary>
    public string ContactInformationFieldName { get; set; } = DefaultContactInformationFieldName;

    internal const string DefaultContactInformationFieldName = "contact_information_identifier";
}
