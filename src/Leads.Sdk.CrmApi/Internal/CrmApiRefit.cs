using Refit;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>Creates the generated Refit client.</summary>
internal static class CrmApiRefit
{
    // Refit 16 wraps every exception from HttpClient.SendAsync in ApiRequestException; the pipeline's
    // TransportErrorHandler already throws the SDK's LeadsTransportException, which must reach the caller unchanged.
    private static readonly RefitSettings Settings = new() { TransportExceptionFactory = (_, exception, _) => exception };

    public static ICrmApi Create(HttpClient httpClient) => RestService.ForGenerated<ICrmApi>(httpClient, Settings);
}
