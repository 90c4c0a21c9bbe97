// The C# blocks of src/Leads.Sdk.Core/README.md, compiled as written (ReadmeSnippetTests checks they match).
using Leads.Sdk.CrmApi;
using Leads.Sdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples.Snippets;

internal static class CoreSnippets
{
    public static void RegisterAClient(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCrmApiClient(configuration.GetSection("Leads:CrmApi"));
    }

    public static void AddYourOwnHandler(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<CorrelationIdHandler>();
        services.AddCrmApiClient(configuration.GetSection("Leads:CrmApi"))
            .AddHttpMessageHandler<CorrelationIdHandler>();
    }

    public static ICrmApiClient NamedClients(IServiceCollection services, IConfiguration configuration, IServiceProvider provider)
    {
        services.AddCrmApiClient("north", configuration.GetSection("Leads:CrmApi:North"));
        services.AddCrmApiClient("south", configuration.GetSection("Leads:CrmApi:South"));

        var south = provider.GetRequiredService<ILeadsClientFactory<ICrmApiClient>>().CreateClient("south");
        return south;
    }

    public static void ConfigureInCode(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCrmApiClient(options =>
        {
            options.BaseAddress = new Uri("https://yourcompany.crm.com/");
            options.Username = "api-user";
            options.Password = configuration["Secrets:CrmPassword"];
            options.Organisation = "YOURORG";
            options.Resilience.TotalTimeout = TimeSpan.FromMinutes(1);
            options.Resilience.MaxRetryAttempts = 2;
        });
    }

    public static async Task HandleErrorsAsync(Func<CancellationToken, Task> postLead, CancellationToken cancellationToken)
    {
        try
        {
            await postLead(cancellationToken);
        }
        catch (LeadsValidationException e)
        {
            foreach (var error in e.Errors)
            {
                Console.WriteLine($"{error.Path} ({error.Rule}): {error.Message}");
            }
        }
        catch (LeadsTransportException e) when (e.RequestMayHaveReachedServer)
        {
            // Do not post it again blindly: the lead may exist on the server.
        }
        catch (LeadsRateLimitedException e)
        {
            Console.WriteLine($"Rate limited; try again in {e.RetryAfter}");
        }
    }

    public static void PrintRawResponse(LeadsResponse response) => Print(response);

    static void Print(LeadsResponse response)
    {
        Console.WriteLine($"{(int)response.StatusCode} {response.ReasonPhrase}, request id {response.RequestId}");
        foreach (var (name, values) in response.Headers)
        {
            Console.WriteLine($"{name}: {string.Join(", ", values)}");
        }
    }
}

public sealed class LeadForwarder(ICrmApiClient crm)
{
    public ICrmApiClient Crm { get; } = crm;
}

public sealed class CorrelationIdHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", Guid.NewGuid().ToString("N"));
        return base.SendAsync(request, cancellationToken);
    }
}
