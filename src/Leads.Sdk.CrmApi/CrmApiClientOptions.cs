using System.Globalization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi;

/// <summary>
/// Settings of the CRM.COM CRM API v2 client. Log in either with <see cref="Username"/>, <see cref="Password"/> and
/// <see cref="Organisation"/> (optionally <see cref="Unit"/>), or with a <see cref="WebApiKey"/>.
/// <see cref="object.ToString"/> never prints credentials.
/// </summary>
public sealed class CrmApiClientOptions : LeadsClientOptions
{
    /// <summary>The CRM.COM user name (login <c>username</c>).</summary>
    public string? Username { get; set; }

    /// <summary>The user's password (login <c>password</c>). Secret.</summary>
    public string? Password { get; set; }

    /// <summary>The organisation to log in to (login <c>organisation</c>).</summary>
    public string? Organisation { get; set; }

    /// <summary>The business unit to log in to (login <c>unit</c>); optional.</summary>
    public string? Unit { get; set; }

    /// <summary>A web API key, the alternative to user name and password (login <c>authentication/web_api_key/token</c>). Secret.</summary>
    public string? WebApiKey { get; set; }

    /// <summary>
    /// How long a token is assumed valid when it is not a JWT (a JWT's <c>exp</c> is used instead). One hour by
    /// default: older CRM.COM releases end a token after an hour idle, newer ones two hours after issue.
    /// </summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long before its expiry a token is renewed (two minutes by default).</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The .NET format dates are written in; ISO 8601 (<c>yyyy-MM-dd'T'HH:mm:sszzz</c>) by default. The doc types
    /// dates as "Date" without a format; set for example <c>yyyy-MM-dd</c> if your server wants dates only.
    /// </summary>
    public string DateFormat { get; set; } = CrmApiDateConverter.DefaultFormat;

    /// <summary>Whether the client logs in with <see cref="WebApiKey"/>.</summary>
    public bool HasWebApiKey => !string.IsNullOrWhiteSpace(WebApiKey);

    /// <inheritdoc/>
    protected override void ValidateCore(ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (HasWebApiKey)
        {
            if (!string.IsNullOrWhiteSpace(Username) || !string.IsNullOrWhiteSpace(Password))
            {
                errors.Add($"Set either {nameof(WebApiKey)} or {nameof(Username)} and {nameof(Password)}, not both.");
            }

            RequireNoControlCharacters(errors, WebApiKey, nameof(WebApiKey));
            if (WebApiKey!.Contains(':', StringComparison.Ordinal))
            {
                errors.Add($"{nameof(WebApiKey)} must not contain ':' (it is sent as the Basic user name).");
            }
        }
        else
        {
            RequireValue(errors, Username, nameof(Username));
            RequireValue(errors, Password, nameof(Password));
            RequireValue(errors, Organisation, nameof(Organisation));
        }

        if (TokenLifetime <= TimeSpan.Zero)
        {
            errors.Add($"{nameof(TokenLifetime)} must be positive.");
        }

        if (TokenRefreshMargin < TimeSpan.Zero || TokenRefreshMargin >= TokenLifetime)
        {
            errors.Add($"{nameof(TokenRefreshMargin)} must be at least zero and shorter than {nameof(TokenLifetime)}.");
        }

        if (string.IsNullOrWhiteSpace(DateFormat))
        {
            errors.Add($"{nameof(DateFormat)} is required.");
        }
        else
        {
            try
            {
                _ = DateTimeOffset.UnixEpoch.ToString(DateFormat, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                errors.Add($"{nameof(DateFormat)} is not a valid .NET date format.");
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>The web API key also as the Base64 value of the <c>Authorization: Basic</c> header it is sent in.</remarks>
    public override IEnumerable<string?> GetSecrets()
        => [Password, WebApiKey, string.IsNullOrEmpty(WebApiKey) ? null : Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(WebApiKey + ":"))];
}
