using Microsoft.Extensions.Options;

namespace Leads.Sdk;

/// <summary>Validates <see cref="LeadsClientOptions"/> at start-up (registered with <c>ValidateOnStart</c>).</summary>
/// <typeparam name="TOptions">The package's options type.</typeparam>
internal sealed class LeadsOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : LeadsClientOptions
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => $"{typeof(TOptions).Name}{(string.IsNullOrEmpty(name) ? string.Empty : $" '{name}'")}: {e}"));
    }
}
