using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>Identifies a product (also a service, physical good or subscription package) by exactly one of <c>id</c>, <c>code</c>, <c>alternative_code</c>.</summary>
public sealed class CrmProductIdentifier : CrmIdentifier
{
    /// <summary>The product's ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The product's code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>The product's alternative code (<c>alternative_code</c>).</summary>
    [JsonPropertyName("alternative_code")]
    public string? AlternativeCode { get; set; }

    internal override string AllowedKeys => "id, code, alternative_code";

    internal override int SetKeyCount => Count(Id, Code, AlternativeCode);

    /// <summary>By ID.</summary>
    /// <param name="id">The ID.</param>
    public static CrmProductIdentifier ById(string id) => new() { Id = id };

    /// <summary>By code.</summary>
    /// <param name="code">The code.</param>
    public static CrmProductIdentifier ByCode(string code) => new() { Code = code };

    /// <summary>By alternative code.</summary>
    /// <param name="alternativeCode">The alternative code.</param>
    public static CrmProductIdentifier ByAlternativeCode(string alternativeCode) => new() { AlternativeCode = alternativeCode };
}
