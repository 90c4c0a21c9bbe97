namespace Leads.Sdk.DependencyInjection;

/// <summary>Creates clients registered under a name, for apps that talk to several accounts of one API.</summary>
/// <typeparam name="TClient">The client interface.</typeparam>
public interface ILeadsClientFactory<out TClient>
    where TClient : class
{
    /// <summary>Creates the client registered as <paramref name="name"/>.</summary>
    /// <param name="name">The name given to <c>AddXxxClient</c>.</param>
    /// <exception cref="InvalidOperationException">No client was registered under that name.</exception>
    TClient CreateClient(string name);
}
