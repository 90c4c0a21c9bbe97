using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>Identifies an accounts receivable by exactly one of <c>id</c>, <c>number</c>, <c>name</c>.</summary>
public sealed class CrmAccountsReceivableIdentifier : CrmIdentifier
{
    /// <summary>The accounts receivable's ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The accounts receivable's number (<c>number</c>).</summary>
    [JsonPropertyName("number")]
    public string? Number { get; set; }

    /// <summary>The accounts receivable's name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    internal override string AllowedKeys => "id, number, name";

    internal override int SetKeyCount => Count(Id, Number, Name);

    /// <summary>By ID.</summary>
    /// <param name="id">The ID.</param>
    public static CrmAccountsReceivableIdentifier ById(string id) => new() { Id = id };

    /// <summary>By number.</summary>
    /// <param name="number">The number.</param>
    public static CrmAccountsReceivableIdentifier ByNumber(string number) => new() { Number = number };

    /// <summary>By name.</summary>
    /// <param name="name">The name.</param>
    public static CrmAccountsReceivableIdentifier ByName(string name) => new() { Name = name };
}
