namespace Leads.Sdk.DependencyInjection;

/// <summary>How to create one named client; kept as named options so each registration stays independent.</summary>
/// <typeparam name="TClient">The client interface.</typeparam>
internal sealed class LeadsClientRegistration<TClient>
    where TClient : class
{
    /// <summary>Creates the client from the service provider.</summary>
    public Func<IServiceProvider, TClient>? Factory { get; set; }
}
