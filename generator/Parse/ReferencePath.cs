using System;
using System.Collections.Generic;

namespace UsageGen.Generator.Parse
{
    /// <summary>The file part of a <c>$ref</c>: where a relative reference leads from the file it is written in.</summary>
    internal static class ReferencePath
    {
        /// <summary>A reference to a URL (or another scheme's address) rather than to a file beside the description.</summary>
        public static bool IsRemote(string reference) => HasScheme(reference) || reference.StartsWith("//", StringComparison.Ordinal);

        // A scheme (http:, https:, file:, urn:) is a letter and then one or more letters, digits, '+', '.' or '-' before
        // the colon (RFC 3986): at least two characters, so that a Windows drive (C:) is not one.
        private static bool HasScheme(string reference)
        {
            if (reference.Length < 3 || !IsAsciiLetter(reference[0]))
            {
                return false;
            }

            for (var i = 1; i < reference.Length; i++)
            {
                var c = reference[i];
                if (c == ':')
                {
                    return i >= 2;
                }

                if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9') and not '+' and not '.' and not '-')
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

        /// <summary>Splits <c>./pet.yaml#/Pet</c> into the file (<c>./pet.yaml</c>) and the fragment (<c>#/Pet</c>, or <c>#</c> for a whole file).</summary>
        public static (string File, string Fragment) Split(string reference)
        {
            var hash = reference.IndexOf('#');
            return hash < 0 ? (reference, "#") : (reference.Substring(0, hash), reference.Substring(hash));
        }

        /// <summary>The file <paramref name="relative"/> names, read from the directory of <paramref name="fromFile"/>.</summary>
        public static string Resolve(string fromFile, string relative)
        {
            var from = Normalize(fromFile);
            var slash = from.LastIndexOf('/');
            var directory = slash < 0 ? string.Empty : from.Substring(0, slash + 1);
            var file = Uri.UnescapeDataString(relative).Replace('\\', '/');
            return Normalize(file.StartsWith("/", StringComparison.Ordinal) ? file : directory + file);
        }

        /// <summary>One spelling per file: forward slashes, with <c>.</c> and <c>..</c> segments folded away.</summary>
        public static string Normalize(string path)
        {
            if (IsNormal(path))
            {
                return path;
            }

            var segments = new List<string>();
            var parts = path.Replace('\\', '/').Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part == "." || (part.Length == 0 && i > 0 && i < parts.Length - 1))
                {
                    continue;
                }

                if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] is not ".." and not "")
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                segments.Add(part);
            }

            return string.Join("/", segments);
        }

        // Most paths are spelled once already: forward slashes only, no empty segment inside, no "." or ".." segment.
        private static bool IsNormal(string path)
        {
            if (path.IndexOf('\\') >= 0 || path.IndexOf("//", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            for (var i = 0; i < path.Length; i++)
            {
                if (path[i] != '.' || (i > 0 && path[i - 1] != '/'))
                {
                    continue;
                }

                var end = i + 1 < path.Length && path[i + 1] == '.' ? i + 2 : i + 1;
                if (end == path.Length || path[end] == '/')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// How a project names <paramref name="file"/> in an <c>AdditionalFiles</c> item: relative to the project
        /// directory when the file is inside it, its full path otherwise.
        /// </summary>
        public static string IncludeFor(string file, string? projectDirectory)
        {
            if (projectDirectory is null)
            {
                return file;
            }

            var directory = Normalize(projectDirectory).TrimEnd('/') + "/";
            return file.StartsWith(directory, StringComparison.OrdinalIgnoreCase) ? file.Substring(directory.Length) : file;
        }
    }
}
