namespace Leads.Sdk;

/// <summary>
/// Settings every Leads.Sdk client shares. Each package derives its own options with its credentials.
/// <see cref="ToString"/> never prints credentials.
/// </summary>
public abstract class LeadsClientOptions
{
    /// <summary>The API's absolute base address. HTTPS is required unless <see cref="AllowInsecureHttp"/> is set.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Allows an <c>http://</c> base address (for the emulator and local tests only).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Timeouts, retries and the circuit breaker.</summary>
    public LeadsResilienceOptions Resilience { get; set; } = new();

    /// <summary>The largest response body the client reads, in bytes (16 MiB by default); a larger one is an error, not a truncation.</summary>
    public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Checks the options; an empty result means they are valid.</summary>
    /// <returns>One sentence per problem, naming the option.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (BaseAddress is null)
        {
            errors.Add($"{nameof(BaseAddress)} is required.");
        }
        else if (!BaseAddress.IsAbsoluteUri)
        {
            errors.Add($"{nameof(BaseAddress)} must be an absolute URI.");
        }
        else if (BaseAddress.Scheme == Uri.UriSchemeHttp && !AllowInsecureHttp)
        {
            errors.Add($"{nameof(BaseAddress)} must use https; set {nameof(AllowInsecureHttp)} to allow http:// (emulator and tests only).");
        }
        else if (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{nameof(BaseAddress)} must be an http or https URI.");
        }

        if (BaseAddress is { IsAbsoluteUri: true })
        {
            // Each would be dropped silently when request paths are joined to the base address.
            if (BaseAddress.Query.Length > 0 || BaseAddress.OriginalString.Contains('?', StringComparison.Ordinal))
            {
                errors.Add($"{nameof(BaseAddress)} must not contain a query string; it would be dropped from every request.");
            }

            if (BaseAddress.Fragment.Length > 0 || BaseAddress.OriginalString.Contains('#', StringComparison.Ordinal))
            {
                errors.Add($"{nameof(BaseAddress)} must not contain a fragment (#...); it is never sent.");
            }

            if (BaseAddress.UserInfo.Length > 0)
            {
                errors.Add($"{nameof(BaseAddress)} must not contain user info (user:password@); it is never sent, set the credentials options instead.");
            }
        }

        if (MaxResponseBytes <= 0)
        {
            errors.Add($"{nameof(MaxResponseBytes)} must be positive.");
        }

        Resilience?.Validate(errors);
        ValidateCore(errors);
        return errors;
    }

    /// <summary>Adds the package's own checks (credentials present, header values safe).</summary>
    /// <param name="errors">Where to add one sentence per problem.</param>
    protected virtual void ValidateCore(ICollection<string> errors)
    {
    }

    /// <summary>Adds an error when <paramref name="value"/> is missing.</summary>
    /// <param name="errors">Where to add the error.</param>
    /// <param name="value">The value.</param>
    /// <param name="name">The option's name.</param>
    protected static void RequireValue(ICollection<string> errors, string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{name} is required.");
        }
    }

    /// <summary>
    /// Adds an error when <paramref name="value"/> cannot be sent as an HTTP header value: CR, LF, other control
    /// characters or non-ASCII characters (HttpClient refuses those only when sending, as a transport failure).
    /// </summary>
    /// <param name="errors">The error list to add to.</param>
    /// <param name="value">The value that goes into a header.</param>
    /// <param name="name">The option's name for the message.</param>
    protected static void RequireHeaderSafe(ICollection<string> errors, string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (HeaderValues.HasControlCharacters(value))
        {
            errors.Add($"{name} must not contain CR, LF or other control characters.");
        }
        else if (value is not null && !System.Text.Ascii.IsValid(value))
        {
            errors.Add($"{name} must contain only ASCII characters (it is sent in an HTTP header).");
        }
    }

    /// <summary>Adds an error when <paramref name="value"/> holds CR, LF or another control character (it would break a header or a form).</summary>
    /// <param name="errors">Where to add the error.</param>
    /// <param name="value">The value; null passes.</param>
    /// <param name="name">The option's name.</param>
    protected static void RequireNoControlCharacters(ICollection<string> errors, string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (HeaderValues.HasControlCharacters(value))
        {
            errors.Add($"{name} must not contain CR, LF or other control characters.");
        }
    }

    /// <summary>The secret values of these options (passwords, tokens), so they can be masked wherever text leaves the SDK.</summary>
    public virtual IEnumerable<string?> GetSecrets() => [];

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} {{ BaseAddress = {DescribeAddress(BaseAddress)} }}";

    // User info and query can carry credentials (https://user:pass@host/?token=...): print scheme, host and path only.
    private static string? DescribeAddress(Uri? address)
        => address is { IsAbsoluteUri: true }
            ? address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : address?.OriginalString;
}
