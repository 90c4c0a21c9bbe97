using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>Identifies a CRM.COM user by exactly one of <c>id</c>, <c>username</c>.</summary>
public sealed class CrmUserIdentifier : CrmIdentifier
{
    /// <summary>The user's ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The user's user name (<c>username</c>).</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    internal override string AllowedKeys => "id, username";

    internal override int SetKeyCount => Count(Id, Username);

    /// <summary>By ID.</summary>
    /// <param name="id">The ID.</param>
    public static CrmUserIdentifier ById(string id) => new() { Id = id };

    /// <summary>By user name.</summary>
    /// <param name="username">The user name.</param>
    public static CrmUserIdentifier ByUsername(string username) => new() { Username = username };
}
