using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>The subscription package the lead was taken for (shape inferred, see docs/decisions.md).</summary>
public sealed class CrmLeadSubscriptionPackage
{
    /// <summary>The package (<c>package_identifier</c>); required.</summary>
    [JsonPropertyName(CrmApiWireNames.PackageIdentifier)]
    public CrmProductIdentifier? Package { get; set; }
}
