using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// Identifies a lead type, status, lost reason, category, group, privacy level or competitor by exactly one of
/// <c>id</c>, <c>name</c>, <c>alternative_code</c>.
/// </summary>
public sealed class CrmEntityIdentifier : CrmIdentifier
{
    /// <summary>The entity's ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The entity's name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The entity's alternative code (<c>alternative_code</c>).</summary>
    [JsonPropertyName("alternative_code")]
    public string? AlternativeCode { get; set; }

    internal override string AllowedKeys => "id, name, alternative_code";

    internal override int SetKeyCount => Count(Id, Name, AlternativeCode);

    /// <summary>By ID.</summary>
    /// <param name="id">The ID.</param>
    public static CrmEntityIdentifier ById(string id) => new() { Id = id };

    /// <summary>By name.</summary>
    /// <param name="name">The name.</param>
    public static CrmEntityIdentifier ByName(string name) => new() { Name = name };

    /// <summary>By alternative code.</summary>
    /// <param name="alternativeCode">The alternative code.</param>
    public static CrmEntityIdentifier ByAlternativeCode(string alternativeCode) => new() { AlternativeCode = alternativeCode };
}
