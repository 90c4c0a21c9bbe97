namespace Leads.Sdk.Aimbase.OData;

/// <summary>
/// Settings of the Aimbase Lead OData V2 client. <see cref="LeadsClientOptions.BaseAddress"/> is your Aimbase
/// instance, for example <c>https://yourbrand.aimbase.com/</c> (the doc gives no default).
/// </summary>
public sealed class AimbaseODataClientOptions : LeadsClientOptions
{
    /// <summary>The Aimbase username for <c>Authenticate: Avala-Api {user}:{token}</c>. Required.</summary>
    public string? Username { get; set; }

    /// <summary>The Aimbase API token (secret; never logged or printed). Required.</summary>
    public string? ApiToken { get; set; }

    /// <summary>Asks the server for pages of at most this many leads (<c>Prefer: odata.maxpagesize</c>); unset leaves the server's default of 1,000.</summary>
    public int? MaxPageSize { get; set; }

    /// <inheritdoc/>
    /// <remarks>
    /// The token, and the <c>user:token</c> pair the <c>Authenticate</c> header carries: masking the pair hides a token
    /// too short to be masked on its own wherever the header is echoed.
    /// </remarks>
    public override IEnumerable<string?> GetSecrets() => [ApiToken, Username is null || ApiToken is null ? null : Username + ":" + ApiToken];

    /// <inheritdoc/>
    protected override void ValidateCore(ICollection<string> errors)
    {
        RequireValue(errors, Username, nameof(Username));
        RequireValue(errors, ApiToken, nameof(ApiToken));
        RequireHeaderSafe(errors, Username, nameof(Username));
        RequireHeaderSafe(errors, ApiToken, nameof(ApiToken));
        if (Username?.Contains(':', StringComparison.Ordinal) == true)
        {
            errors?.Add($"{nameof(Username)} must not contain ':' (it separates the user from the token in the Authenticate header).");
        }

        if (MaxPageSize is <= 0)
        {
            errors?.Add($"{nameof(MaxPageSize)} must be positive when set.");
        }
    }
}
