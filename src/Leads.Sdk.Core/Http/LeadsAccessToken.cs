namespace Leads.Sdk.Http;

/// <summary>A token and when it stops being valid. <see cref="ToString"/> never prints the token.</summary>
/// <param name="value">The token.</param>
/// <param name="expiresOn">When it expires, if known.</param>
public sealed class LeadsAccessToken(string value, DateTimeOffset? expiresOn)
{
    /// <summary>The token. Never log it.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>When the token expires, or <see langword="null"/> if the server did not say.</summary>
    public DateTimeOffset? ExpiresOn { get; } = expiresOn;

    /// <inheritdoc/>
    public override string ToString() => $"AccessToken {{ Value = {SecretRedactor.Mask}, ExpiresOn = {ExpiresOn:O} }}";
}
