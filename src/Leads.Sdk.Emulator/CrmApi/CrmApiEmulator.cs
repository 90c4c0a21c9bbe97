using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Leads.Sdk.Emulator.CrmApi;

/// <summary>
/// The CRM.COM fake's state: issued tokens and created leads. Reach it with <c>emulator.CrmApi()</c>; expire tokens on
/// demand with <see cref="ExpireAllTokens"/> to exercise a client's re-login.
/// </summary>
public sealed class CrmApiEmulator
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<JsonObject> _leads = new();
    private int _logins;
    private int _leadNumber;

    internal CrmApiEmulator(CrmApiEmulatorOptions options, TimeProvider timeProvider)
    {
        Options = options;
        TimeProvider = timeProvider;
    }

    /// <summary>The settings and test credentials.</summary>
    public CrmApiEmulatorOptions Options { get; }

    /// <summary>How many logins succeeded.</summary>
    public int LoginCount => _logins;

    /// <summary>The leads created so far, as the JSON the server returned for each.</summary>
    public IReadOnlyList<JsonObject> Leads => [.. _leads];

    internal TimeProvider TimeProvider { get; }

    /// <summary>Makes every token issued so far expired, as if its lifetime had passed.</summary>
    public void ExpireAllTokens()
    {
        foreach (var token in _tokens.Keys)
        {
            _tokens[token] = DateTimeOffset.MinValue;
        }
    }

    internal string IssueToken()
    {
        Interlocked.Increment(ref _logins);
        var expires = TimeProvider.GetUtcNow() + Options.TokenLifetime;
        var id = Guid.NewGuid().ToString("N");
        var token = Options.IssueJwtTokens ? Jwt(id, expires) : id;
        _tokens[token] = expires;
        return token;
    }

    /// <summary>Null when valid, else the CRM error code.</summary>
    internal string? CheckToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_tokens.TryGetValue(token, out var expires))
        {
            return CrmApiRoutes.InvalidTokenCode;
        }

        return TimeProvider.GetUtcNow() >= expires ? CrmApiRoutes.ExpiredTokenCode : null;
    }

    internal int NextLeadNumber() => Interlocked.Increment(ref _leadNumber);

    internal void Add(JsonObject lead) => _leads.Enqueue(lead);

    private static string Jwt(string id, DateTimeOffset expires)
    {
        static string Encode(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Encode($"{{\"jti\":\"{id}\",\"exp\":{expires.ToUnixTimeSeconds()}}}");
        return $"{header}.{payload}.emulator";
    }
}
