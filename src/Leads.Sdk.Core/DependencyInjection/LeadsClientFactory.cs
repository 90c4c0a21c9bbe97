using Microsoft.Extensions.Options;

namespace Leads.Sdk.DependencyInjection;

/// <summary>The default <see cref="ILeadsClientFactory{TClient}"/>.</summary>
/// <typeparam name="TClient">The client interface.</typeparam>
/// <param name="services">The service provider.</param>
/// <param name="registrations">The named registrations.</param>
internal sealed class LeadsClientFactory<TClient>(IServiceProvider services, IOptionsMonitor<LeadsClientRegistration<TClient>> registrations)
    : ILeadsClientFactory<TClient>
    where TClient : class
{
    /// <inheritdoc/>
    public TClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var factory = registrations.Get(name).Factory
            ?? throw new InvalidOperationException($"No {typeof(TClient).Name} is registered under the name '{name}'.");
        return factory(services);
    }
}
