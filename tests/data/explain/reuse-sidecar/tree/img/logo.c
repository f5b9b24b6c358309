int logo;
