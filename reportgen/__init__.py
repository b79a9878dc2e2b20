"""Writing report workbooks shaped like the ones clerks type: the blank templates, the sample data and the
test corpus are all made with these functions."""
