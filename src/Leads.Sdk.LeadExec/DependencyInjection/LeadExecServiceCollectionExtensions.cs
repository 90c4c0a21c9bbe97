using Leads.Sdk.DependencyInjection;
using Leads.Sdk.LeadExec;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ILeadExecClient"/>.</summary>
public static class LeadExecServiceCollectionExtensions
{
    /// <summary>The registration name used when none is given.</summary>
    public const string DefaultName = "LeadExec";

    /// <summary>Registers the LeadExec client configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddLeadExecClient(this IServiceCollection services, Action<LeadExecClientOptions> configure)
        => services.AddLeadExecClient(DefaultName, configure);

    /// <summary>Registers the LeadExec client bound to a configuration section (for example <c>Leads:LeadExec</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section holding <see cref="LeadExecClientOptions"/>.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddLeadExecClient(this IServiceCollection services, IConfiguration section)
        => services.AddLeadExecClient(DefaultName, section);

    /// <summary>Registers a named LeadExec client configured in code (resolve it with <c>ILeadsClientFactory&lt;ILeadExecClient&gt;</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddLeadExecClient(this IServiceCollection services, string name, Action<LeadExecClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddLeadsClient<ILeadExecClient, LeadExecClientOptions>(name, LeadExecClient.Api, builder => builder.Configure(configure), Create);
    }

    /// <summary>Registers a named LeadExec client bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="section">The section holding <see cref="LeadExecClientOptions"/>.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddLeadExecClient(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddLeadsClient<ILeadExecClient, LeadExecClientOptions>(name, LeadExecClient.Api, builder => builder.Bind(section), Create);
    }

    private static LeadExecClient Create(IServiceProvider provider, HttpClient httpClient, LeadExecClientOptions options)
        => new(httpClient, options, provider.GetService<TimeProvider>());
}
