using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using UsageGen.Testing.Http;

namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>Reads a recorded multipart/form-data body with ASP.NET Core's own parser, as a real server would.</summary>
    public static class MultipartForm
    {
        public static async Task<IReadOnlyList<MultipartPart>> ReadAsync(RecordedRequest request)
        {
            var contentType = MediaTypeHeaderValue.Parse(request.ContentType ?? throw new InvalidOperationException("The request had no Content-Type."));
            var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value
                ?? throw new InvalidOperationException("The multipart Content-Type had no boundary.");
            var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
            var parts = new List<MultipartPart>();
            while (await reader.ReadNextSectionAsync() is { } section)
            {
                var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition ?? throw new InvalidOperationException("A part had no Content-Disposition."));
                using var body = new MemoryStream();
                await section.Body.CopyToAsync(body);
                parts.Add(new MultipartPart(
                    HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty,
                    HeaderUtilities.RemoveQuotes(disposition.FileName).Value,
                    section.ContentType,
                    body.ToArray()));
            }

            return parts;
        }
    }
}
