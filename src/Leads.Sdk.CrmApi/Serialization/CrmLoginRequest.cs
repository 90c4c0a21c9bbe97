using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The login body (CRM.COM API v2 conventions; British "organisation").</summary>
internal sealed class CrmLoginRequest
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }

    [JsonPropertyName("organisation")]
    public string? Organisation { get; set; }

    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    public override string ToString() => "CrmLoginRequest { Password = *** }";
}
