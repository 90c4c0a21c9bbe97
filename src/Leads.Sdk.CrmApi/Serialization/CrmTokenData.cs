using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The login response's data: <c>{"token":"…"}</c>.</summary>
internal sealed class CrmTokenData
{
    [JsonPropertyName(CrmApiWireNames.Token)]
    public string? Token { get; set; }

    public override string ToString() => "CrmTokenData { Token = *** }";
}
