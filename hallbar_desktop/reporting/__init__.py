"""Reports and exports: charts, Excel and PDF output, Qt-free."""
