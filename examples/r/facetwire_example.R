#!/usr/bin/env Rscript
# Facetwire from R: a search paged into a data frame, its facets, an export and a timeline.
#
#   Rscript examples/r/facetwire_example.R http://localhost:8080 harbour out
#
# Arguments (all optional): the server, the search text (empty: every article), the output folder.
# Writes results.csv, facets.csv, export.csv and timeline.png there. Needs jsonlite and readr
# (install.packages(c("jsonlite", "readr")); Debian: r-cran-jsonlite r-cran-readr); plots with base
# graphics. Set FACETWIRE_TOKEN when the server needs a read token.

library(jsonlite)
library(readr)

args <- commandArgs(trailingOnly = TRUE)
base <- sub("/$", "", if (length(args) >= 1) args[[1]] else "http://localhost:8080")
query <- if (length(args) >= 2) args[[2]] else ""
out <- if (length(args) >= 3) args[[3]] else "out"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
token <- Sys.getenv("FACETWIRE_TOKEN")
headers <- if (nzchar(token)) c(Authorization = paste("Bearer", token)) else character()

# A URL of the API with its parameters, encoded.
api_url <- function(path, params) {
  pairs <- vapply(names(params), function(n) paste0(n, "=", URLencode(as.character(params[[n]]), reserved = TRUE)), "")
  paste0(base, path, "?", paste(pairs, collapse = "&"))
}

# GETs a URL as text; an error answer stops the script with its status, a 429 waits and tries again.
fetch <- function(url) {
  for (attempt in 1:5) {
    con <- url(url, headers = headers)
    answer <- tryCatch(paste(readLines(con, warn = FALSE, encoding = "UTF-8"), collapse = "\n"),
      error = function(e) e, finally = close(con))
    if (!inherits(answer, "error")) return(answer)
    if (!grepl("429", conditionMessage(answer))) stop("facetwire: ", url, ": ", conditionMessage(answer), call. = FALSE)
    Sys.sleep(5) # a shared server asks us to slow down (base R does not show its Retry-After)
  }
  stop("facetwire: the server kept answering 429", call. = FALSE)
}

search <- function(params) fromJSON(fetch(api_url("/api/search", params)))

scope <- list(q = query, group = "none")

# 1. A search, paged into a data frame (page x size stops at 10,000: use the export beyond).
first <- search(c(scope, size = 1))
pages <- list()
size <- 50
for (page in 1:3) {
  answer <- search(c(scope, page = page, size = size))
  if (length(answer$results) > 0) pages[[page]] <- answer$results[, c("id", "title", "outlet", "date")]
  if (page * size >= answer$total) break
}
results <- do.call(rbind, pages)
write_csv(results, file.path(out, "results.csv"))
cat(sprintf("search '%s': %d %s, %d read in pages\n", query, first$total, first$counting, NROW(results)))

# 2. Its facets, as one long table: facet, value, count.
facets <- do.call(rbind, lapply(c("people", "topics", "outlet", "orgs", "places"), function(f) {
  values <- first$facets[[f]]
  if (length(values) == 0) return(NULL)
  data.frame(facet = f, value = values$value, count = values$count)
}))
write_csv(facets, file.path(out, "facets.csv"))
cat("top people:", paste(head(facets$value[facets$facet == "people"], 5), collapse = ", "), "\n")

# 3. Every match, exported: the CSV's first row is its header, so read_csv (or read.csv) takes the URL.
export_url <- api_url("/api/export", c(scope, format = "csv", fields = "id,title,outlet,date,people,topics"))
export <- if (length(headers) == 0) read_csv(export_url, show_col_types = FALSE) else read_csv(I(fetch(export_url)), show_col_types = FALSE)
write_csv(export, file.path(out, "export.csv"))
cat(sprintf("export: %d rows (search total %d)\n", nrow(export), first$total))

# 4. A timeline: matches per month from the search's date facet.
dated <- search(c(scope, size = 1, interval = "month"))
dates <- dated$facets$date
png(file.path(out, "timeline.png"), width = 800, height = 300)
par(mar = c(5, 4, 2, 1))
barplot(dates$count, names.arg = dates$value, las = 2, cex.names = 0.7, col = "#3b6ea5",
  main = paste("Articles per", dated$dateInterval), ylab = dated$counting)
invisible(dev.off())
cat(sprintf("timeline: %d months, %d undated -> %s\n", NROW(dates), dated$undated, file.path(out, "timeline.png")))
